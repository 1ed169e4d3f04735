# Tests of the mail gateway (`maillint milter`), one ctest each:
#   gateway.milter.<script>  tests/gateway/*.lua through miltertest, and
#                            tests/gateway/*.py (raw protocol input), each
#                            against a fresh daemon (tests/gateway/run_miltertest.sh)
#   gateway.postfix-e2e      a real Postfix on loopback (tools/postfix-e2e.sh;
#                            needs root, else skipped)
# Exit code 77 means "skipped" (miltertest or Postfix not installed).
file(GLOB MAILLINT_MILTER_TESTS CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/tests/gateway/*.lua ${PROJECT_SOURCE_DIR}/tests/gateway/*.py)
list(FILTER MAILLINT_MILTER_TESTS EXCLUDE REGEX "/lib\\.lua$")
foreach(script ${MAILLINT_MILTER_TESTS})
  get_filename_component(name ${script} NAME_WE)
  add_test(NAME gateway.milter.${name}
           COMMAND bash ${PROJECT_SOURCE_DIR}/tests/gateway/run_miltertest.sh
                   $<TARGET_FILE:maillint> ${script}
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(gateway.milter.${name} PROPERTIES SKIP_RETURN_CODE 77)
endforeach()

add_test(NAME gateway.postfix-e2e
         COMMAND bash ${PROJECT_SOURCE_DIR}/tools/postfix-e2e.sh $<TARGET_FILE:maillint>
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
# One Postfix at a time (the package test starts one too).
set_tests_properties(gateway.postfix-e2e PROPERTIES SKIP_RETURN_CODE 77
                     RESOURCE_LOCK postfix)
