#!/usr/bin/env bash
# Sourced by tools/postfix-e2e.sh and bench/gateway/run.sh: a throw-away
# Postfix instance on loopback under DIR (config, queue, data, log), with
#   - 127.0.0.1:$SUBMIT_PORT  submission-style smtpd with the maillint milter
#                              (smtpd_milters = $PF_MILTER, default
#                              inet:127.0.0.1:$MILTER_PORT)
#   - 127.0.0.1:$PLAIN_PORT   the same smtpd without the milter (baseline)
# and every message delivered by the pipe transport tools/postfix-sink.sh into
# DIR/out (PF_TRANSPORT=discard: thrown away, for the benchmark). Needs root
# (Postfix's master) and the Debian postfix package.
# Functions: postfix_setup DIR, postfix_start, postfix_stop, free_port.

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

postfix_setup() {
  PF_DIR=$1
  local tools
  tools=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  SUBMIT_PORT=${SUBMIT_PORT:-$(free_port)}
  PLAIN_PORT=${PLAIN_PORT:-$(free_port)}
  MILTER_PORT=${MILTER_PORT:-$(free_port)}
  chmod 755 "$PF_DIR"
  mkdir -p "$PF_DIR/conf" "$PF_DIR/queue" "$PF_DIR/data" "$PF_DIR/out"
  chmod 1777 "$PF_DIR/out"
  chown postfix "$PF_DIR/data"
  # pipe(8) runs the sink as nobody, who may not reach the source tree.
  install -m 755 "$tools/postfix-sink.sh" "$PF_DIR/postfix-sink.sh"
  cat >"$PF_DIR/conf/main.cf" <<CF
compatibility_level = 3.6
queue_directory = $PF_DIR/queue
data_directory = $PF_DIR/data
maillog_file = $PF_DIR/postfix.log
maillog_file_prefixes = $PF_DIR
myhostname = mail.district.example
mydomain = district.example
myorigin = district.example
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject
smtpd_recipient_restrictions = permit_mynetworks, reject
default_transport = ${PF_TRANSPORT:-sink}
relay_transport = ${PF_TRANSPORT:-sink}
sink_destination_recipient_limit = 1
local_recipient_maps =
smtputf8_enable = no
biff = no
milter_default_action = tempfail
milter_protocol = 6
milter_end_of_data_macros = i
in_flow_delay = 0
smtpd_client_connection_rate_limit = 0
default_process_limit = 50
CF
  cat >"$PF_DIR/conf/master.cf" <<CF
127.0.0.1:$SUBMIT_PORT inet n - n - - smtpd -o smtpd_milters=${PF_MILTER:-inet:127.0.0.1:$MILTER_PORT}
127.0.0.1:$PLAIN_PORT inet n - n - - smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
sink      unix  -       n       n       -       -       pipe flags= user=nobody argv=$PF_DIR/postfix-sink.sh $PF_DIR/out \${recipient}
CF
}

postfix_start() {
  postfix -c "$PF_DIR/conf" check
  postfix -c "$PF_DIR/conf" start
}

postfix_stop() {
  postfix -c "$PF_DIR/conf" stop >/dev/null 2>&1 || true
}
