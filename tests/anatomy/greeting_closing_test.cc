#include "anatomy/greeting_closing.h"

#include <doctest/doctest.h>

#include <string>

namespace maillint::anatomy {

TEST_CASE("salutation lines in the families' languages") {
  for (const char* line : {"Hi Ana,",
                           "Dear Mr. Lee,",
                           "Good morning,",
                           "Hola María:",
                           "Buenos dias, Marisela:",
                           "Estimada Sra. López:",
                           "Bonjour Claire,",
                           "Olá, Sra. Costa,",
                           "Sehr geehrter Herr Becker,",
                           "Chào chị Hạnh,",
                           "Kính gửi quý phụ huynh,",
                           "王女士，您好！",
                           "您好！",
                           "尊敬的家长：",
                           "김민수 학부모님께,",
                           "안녕하세요.",
                           "عزيزتي السيدة ليلى،",
                           "السيدة فاطمة المحترمة،",
                           "مرحباً،",
                           "Bonjou Madan Joseph,",
                           "Mudane Cabdi,",
                           "Salaan sare, Marwo Xaliimo,",
                           "Здравствуйте, Ольга!",
                           "Уважаемая Ирина Петровна,",
                           "Simone,"}) {
    CAPTURE(line);
    CHECK(SalutationLength(line) == std::string(line).size());
  }
  CHECK(SalutationLength("Hi Ana, thanks for the note about the bus and "
                         "the new stop on Elm Street.") ==
        std::string("Hi Ana,").size());
}

TEST_CASE("lines that are not salutations") {
  for (const char* line :
       {"Himalaya trip forms are due Friday.", "The bus leaves at 7:10.",
        "Thanks,", "Saludos cordiales,", "明明下周一开始可以坐12路校车。",
        "يمكن لآدم أن يركب الحافلة رقم 9 ابتداءً من يوم الاثنين.",
        "Xe buýt số 12 sẽ đón bé An lúc 7 giờ 10 sáng."}) {
    CAPTURE(line);
    CHECK(SalutationLength(line) == 0);
  }
}

TEST_CASE("sign-off lines in the families' languages") {
  for (const char* line : {"Best regards,",
                           "Thanks!",
                           "Regards, Roman",
                           "Saludos cordiales",
                           "Atentamente,",
                           "Cordialement,",
                           "Bien à vous,",
                           "Mit freundlichen Grüßen",
                           "Atenciosamente,",
                           "Trân trọng,",
                           "此致",
                           "祝好！",
                           "감사합니다.",
                           "박지은 드림",
                           "مع أطيب التحيات،",
                           "مع التحية",
                           "Kòdyalman,",
                           "Mèsi anpil!",
                           "Mahadsanid,",
                           "Si diirran,",
                           "С уважением,",
                           "Have a great day!"}) {
    CAPTURE(line);
    CHECK(IsClosingLine(line));
  }
  for (const char* line :
       {"Thanks for letting me know about the bus.", "Best of luck to him",
        "The regards of the principal were sent.",
        "谢谢您的来信，明天见面再谈这件事。"}) {
    CAPTURE(line);
    CHECK_FALSE(IsClosingLine(line));
  }
}

}  // namespace maillint::anatomy
