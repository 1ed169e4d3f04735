#include "gateway/notify.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

extern char** environ;

namespace maillint {
namespace {

std::string NoticeFrom(const Config& config, const GatewayConfig& gateway) {
  if (!gateway.notify_from.empty()) return gateway.notify_from;
  const auto& domains = config.organization.domains;
  return "maillint@" +
         (domains.empty() ? std::string("localhost") : domains.front());
}

std::string Describe(GatewayAction action) {
  switch (action) {
    case GatewayAction::kQuarantine:
      return "was held for review and not delivered yet";
    case GatewayAction::kHold:
      return "was not sent (your mail program keeps it; fix it and send "
             "again)";
    case GatewayAction::kReject:
      return "was not sent";
    default:
      return "was sent";
  }
}

bool WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

}  // namespace

std::string NoticeText(const Config& config, const GatewayConfig& gateway,
                       const std::string& sender, const MessageResult& result,
                       const Decision& decision) {
  std::string subject = ReplyText(result.subject, 120);
  std::string text = "From: " + NoticeFrom(config, gateway) +
                     "\nTo: " + sender + "\nSubject: maillint: \"" + subject +
                     "\" " + Describe(decision.action) +
                     "\nAuto-Submitted: auto-generated\n"
                     "MIME-Version: 1.0\n"
                     "Content-Type: text/plain; charset=utf-8\n"
                     "Content-Transfer-Encoding: 8bit\n\n";
  text +=
      "Your message \"" + subject + "\" " + Describe(decision.action) + ".\n";
  if (decision.action != GatewayAction::kAccept) {
    text += "Reason: " + decision.reason + "\n";
  }
  text += "\nWhat maillint found:\n\n";
  for (const Finding& f : result.findings) {
    text += "  " + std::string(SeverityName(f.severity)) + " " + f.rule_id;
    if (f.line > 0) {
      text += " (line " + std::to_string(f.line) + ")";
    }
    text += ": " + f.message + "\n";
    if (!f.excerpt.empty()) text += "      " + f.excerpt + "\n";
  }
  return text;
}

Status SendNotice(const Config& config, const GatewayConfig& gateway,
                  const std::string& sender, const MessageResult& result,
                  const Decision& decision) {
  if (sender.empty()) return Status::Ok();
  std::string notice = NoticeText(config, gateway, sender, result, decision);
  int pipe_fds[2];
  if (pipe2(pipe_fds, O_CLOEXEC) != 0) {
    return Status::IoError("notify", std::strerror(errno));
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[0], STDIN_FILENO);
  const char* argv[] = {"/bin/sh", "-c", gateway.notify_command.c_str(),
                        nullptr};
  pid_t pid = 0;
  int err = posix_spawn(&pid, "/bin/sh", &actions, nullptr,
                        const_cast<char**>(argv), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(pipe_fds[0]);
  if (err != 0) {
    close(pipe_fds[1]);
    return Status::IoError("notify", std::strerror(err));
  }
  bool written = WriteAll(pipe_fds[1], notice);
  close(pipe_fds[1]);
  int wstatus = 0;
  while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {
  }
  if (!written || !WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0) {
    return Status::IoError("notify",
                           "'" + gateway.notify_command + "' failed (exit " +
                               std::to_string(WEXITSTATUS(wstatus)) + ")");
  }
  return Status::Ok();
}

}  // namespace maillint
