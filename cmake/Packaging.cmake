# The Debian package (issue 15): `cpack -G DEB` in the build directory gives
# maillint_<version>_<arch>.deb with the binary, the man page, the rule packs
# under /usr/share/maillint, bash completion, the milter's systemd unit,
# tmpfiles and sysusers entries, the default configuration (copied to
# /etc/maillint by the postinst) and doc/gateway.md.
set(MAILLINT_PACKAGING ${PROJECT_SOURCE_DIR}/packaging)
install(FILES ${MAILLINT_PACKAGING}/maillint-milter.service
        DESTINATION lib/systemd/system)
install(FILES ${MAILLINT_PACKAGING}/maillint.tmpfiles
        DESTINATION lib/tmpfiles.d RENAME maillint.conf)
install(FILES ${MAILLINT_PACKAGING}/maillint.sysusers
        DESTINATION lib/sysusers.d RENAME maillint.conf)
install(FILES ${MAILLINT_PACKAGING}/completions/maillint.bash
        DESTINATION share/bash-completion/completions RENAME maillint)
install(FILES ${MAILLINT_PACKAGING}/maillint.yml
              ${MAILLINT_PACKAGING}/maillint-milter.default
        DESTINATION share/maillint)
install(FILES ${PROJECT_SOURCE_DIR}/doc/gateway.md DESTINATION share/doc/maillint)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME maillint)
set(CPACK_PACKAGE_VENDOR "maillint")
set(CPACK_PACKAGE_CONTACT "maillint maintainers <maillint@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "linter for email replies, with an outbound mail gateway milter")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# systemd-sysusers or adduser makes the user; hunspell-en-us for spelling.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "systemd | adduser, hunspell-en-us")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postfix")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${MAILLINT_PACKAGING}/debian/postinst ${MAILLINT_PACKAGING}/debian/prerm
    ${MAILLINT_PACKAGING}/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
include(CPack)

# gateway.package: builds the .deb, installs it with dpkg (root only), checks
# the unit with systemd-analyze and starts the daemon as the unit does.
add_test(NAME gateway.package
         COMMAND bash ${PROJECT_SOURCE_DIR}/tools/package-test.sh
                 ${CMAKE_BINARY_DIR} $<TARGET_FILE:maillint>
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties(gateway.package PROPERTIES SKIP_RETURN_CODE 77
                     RESOURCE_LOCK postfix)
