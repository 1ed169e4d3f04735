# bash completion for maillint (installed to /usr/share/bash-completion/completions).
_maillint() {
  local cur prev words cword
  _init_completion || return
  local commands="check audit filter milter show rules config init"
  local cmd="" i
  for ((i = 1; i < cword; i++)); do
    case " $commands " in *" ${words[i]} "*) cmd=${words[i]}; break ;; esac
  done
  case "$prev" in
    --config | -o | --output | --stats-file) _filedir; return ;;
    -f | --format) COMPREPLY=($(compgen -W "text json jsonl sarif junit csv html" -- "$cur")); return ;;
    --fail-on) COMPREPLY=($(compgen -W "error warning info" -- "$cur")); return ;;
    --on-error)
      if [ "$cmd" = milter ]; then COMPREPLY=($(compgen -W "accept tempfail" -- "$cur"))
      else COMPREPLY=($(compgen -W "pass tempfail" -- "$cur")); fi
      return ;;
    --socket) COMPREPLY=($(compgen -W "unix:/run/maillint/milter.sock inet:8893@127.0.0.1" -- "$cur")); return ;;
  esac
  if [ -z "$cmd" ]; then
    COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
    [ "${cur:0:1}" = - ] || _filedir
    return
  fi
  case "$cmd" in
    milter) COMPREPLY=($(compgen -W "--socket --config --rules --jobs --on-error --deadline-ms --max-size --stats-file --drain-timeout --milter-timeout --check-config --help" -- "$cur")) ;;
    filter) COMPREPLY=($(compgen -W "--config --fail-on --max-size --timeout --on-error --show-sensitive --help" -- "$cur")) ;;
    rules) COMPREPLY=($(compgen -W "list show test --help" -- "$cur")) ;;
    *)
      if [ "${cur:0:1}" = - ]; then
        COMPREPLY=($(compgen -W "--config --format --output --fail-on --rules --jobs --quiet --show-sensitive --color --help" -- "$cur"))
      else
        _filedir
      fi ;;
  esac
}
complete -F _maillint maillint
