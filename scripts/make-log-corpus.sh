#!/usr/bin/env bash
# Produces REAL OpenVPN logs for the log-analyzer corpus (src/network/openvpn-log/corpus/real/):
# a throwaway PKI made with openssl in a temp dir, then for each scenario an OpenVPN server and
# client with a deliberately broken configuration, both on 127.0.0.1 inside a private network
# namespace (`unshare -n`), so tun devices and traffic never touch the host's network.
#
# Needs: root (for unshare), openvpn 2.6, openssl 3, node (for a silent UDP listener), iproute2.
# Usage: bash scripts/make-log-corpus.sh [outdir]     (takes about three minutes)
#        ONLY="dns-push tun-missing" bash scripts/make-log-corpus.sh   (just those scenarios)
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$here/src/network/openvpn-log/corpus/real}"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

# ------------------------------------------------------------------------------------------
# PKI (openssl ca, so that validity dates in the past can be set for the expired cases)
# ------------------------------------------------------------------------------------------
mkca() { # name days
  local n=$1
  mkdir -p "$n/newcerts"
  : >"$n/index.txt"
  echo 1000 >"$n/serial"
  echo 1000 >"$n/crlnumber"
  cat >"$n/ca.cnf" <<EOF
[ ca ]
default_ca = CA_default
[ CA_default ]
dir = $work/$n
database = \$dir/index.txt
new_certs_dir = \$dir/newcerts
serial = \$dir/serial
crlnumber = \$dir/crlnumber
certificate = \$dir/ca.crt
private_key = \$dir/ca.key
default_md = sha256
default_crl_days = 30
policy = policy_any
unique_subject = no
copy_extensions = none
[ policy_any ]
commonName = supplied
[ server_ext ]
basicConstraints = CA:FALSE
keyUsage = digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
[ client_ext ]
basicConstraints = CA:FALSE
keyUsage = digitalSignature
extendedKeyUsage = clientAuth
EOF
  openssl req -x509 -newkey rsa:2048 -sha256 -nodes -days 3650 -subj "/CN=$n CA" \
    -keyout "$n/ca.key" -out "$n/ca.crt" 2>/dev/null
}

mkcert() { # ca name ext start end [bits] [md]
  local ca=$1 name=$2 ext=$3 start=$4 end=$5 bits=${6:-2048} md=${7:-sha256}
  openssl req -new -newkey "rsa:$bits" -nodes -subj "/CN=$name" \
    -keyout "$name.key" -out "$name.csr" 2>/dev/null
  openssl ca -batch -config "$ca/ca.cnf" -extensions "$ext" -md "$md" \
    -startdate "$start" -enddate "$end" -in "$name.csr" -out "$name.crt" 2>/dev/null
}

NOW_START=20250101000000Z
NOW_END=20350101000000Z
mkca pki
mkca other
mkcert pki server server_ext $NOW_START $NOW_END
mkcert pki client client_ext $NOW_START $NOW_END
mkcert pki client-expired client_ext 20200101000000Z 20210101000000Z
mkcert pki server-expired server_ext 20200101000000Z 20210101000000Z
mkcert pki client-revoked client_ext $NOW_START $NOW_END
mkcert pki client-weak client_ext $NOW_START $NOW_END 1024 sha1
mkcert other client-other client_ext $NOW_START $NOW_END
openssl ca -batch -config pki/ca.cnf -revoke client-revoked.crt 2>/dev/null
openssl ca -batch -config pki/ca.cnf -gencrl -out crl.pem 2>/dev/null
openvpn --genkey secret ta.key
openvpn --genkey secret ta-other.key
cp pki/ca.crt ca.crt
cp other/ca.crt other-ca.crt

# ------------------------------------------------------------------------------------------
# Configurations
# ------------------------------------------------------------------------------------------
server_base() { # proto port
  cat <<EOF
dev tun
proto $1
local 127.0.0.1
port $2
server 10.99.0.0 255.255.255.0
topology subnet
ca ca.crt
cert server.crt
key server.key
dh none
keepalive 2 10
verb 3
EOF
}

client_base() { # proto port
  cat <<EOF
client
dev tun
proto $1
remote 127.0.0.1 $2
nobind
ca ca.crt
cert client.crt
key client.key
remote-cert-tls server
route-nopull
connect-retry 1 1
hand-window 6
verb 3
EOF
}

# run NAME SECONDS SERVER_EXTRA CLIENT_EXTRA [proto] [flags]
#   flags: pull (the client accepts pushed DNS and routes: no route-nopull), noserver (no server), silent (UDP: a socket that never answers; TCP: a web server), notun (the
#   client's /dev/net/tun is missing), killserver (server killed once the tunnel is up)
run() {
  local name=$1 secs=$2 sx=$3 cx=$4 proto=${5:-udp} flags=${6:-}
  if [ -n "${ONLY:-}" ] && [[ " $ONLY " != *" $name "* ]]; then return 0; fi
  local port=$((11940 + RANDOM % 500))
  local sproto=$proto cproto=$proto
  [ "$proto" = tcp ] && sproto=tcp-server && cproto=tcp-client
  { server_base "$sproto" "$port"; printf '%b\n' "$sx"; } >"$name.server.conf"
  # flag "pull": the client takes every pushed option (no route-nopull), as a real profile does.
  { client_base "$cproto" "$port" | if [ "${flags#*pull}" != "$flags" ]; then grep -v '^route-nopull$'; else cat; fi
    printf '%b\n' "$cx"; } >"$name.client.conf"
  echo "== $name (port $port, $proto${flags:+, $flags})" >&2
  unshare -n -m bash -c '
    set -u
    name=$1 secs=$2 port=$3 flags=$4 proto=$5
    ip link set lo up
    spid=""
    case "$flags" in
      *noserver*) ;;
      *silent*)
        if [ "$proto" = tcp ]; then
          # A web server on the VPN port (what a captive portal or proxy looks like to OpenVPN).
          node -e "require(\"net\").createServer(c=>{c.end(\"HTTP/1.1 302 Found\\r\\nLocation: http://portal.example/\\r\\n\\r\\n\")}).listen($port,\"127.0.0.1\");setTimeout(()=>process.exit(0),$((secs + 3))000)" &
        else
          node -e "const s=require(\"dgram\").createSocket(\"udp4\");s.bind($port,\"127.0.0.1\");setTimeout(()=>process.exit(0),$((secs + 3))000)" &
        fi
        spid=$! ;;
      *)
        openvpn --config "$name.server.conf" --log "$name.server.log" &
        spid=$! ;;
    esac
    sleep 1
    if [ "${flags#*notun}" != "$flags" ]; then
      unshare -m bash -c "mount -t tmpfs none /dev/net && exec timeout -s TERM $secs openvpn --config $name.client.conf --log $name.client.log" || true
    elif [ "${flags#*killserver}" != "$flags" ]; then
      timeout -s TERM "$secs" openvpn --config "$name.client.conf" --log "$name.client.log" &
      cpid=$!
      for _ in $(seq 1 20); do
        grep -q "Initialization Sequence Completed" "$name.client.log" 2>/dev/null && break
        sleep 0.5
      done
      sleep 1
      [ -n "$spid" ] && kill -9 "$spid" 2>/dev/null
      spid=""
      wait "$cpid" || true
    else
      timeout -s TERM "$secs" openvpn --config "$name.client.conf" --log "$name.client.log" || true
    fi
    if [ -n "$spid" ]; then kill -TERM "$spid" 2>/dev/null; wait "$spid" 2>/dev/null || true; fi
  ' _ "$name" "$secs" "$port" "$flags" "$proto"
  # Replace the throwaway port with the default so the logs read like a normal setup.
  for side in client server; do
    [ -f "$name.$side.log" ] || continue
    sed -e "s/127\.0\.0\.1:$port/127.0.0.1:1194/g" -e "s/port $port/port 1194/g" \
      "$name.$side.log" >"$out/$name.$side.log"
  done
}

AUTH_FAIL='script-security 2\nauth-user-pass-verify /bin/false via-file\nverify-client-cert require'
printf 'alice\nwrong-password\n' >up.txt

run success-udp 6 "" ""
run success-tcp 6 "" "" tcp
run wrong-ca 8 "" "ca other-ca.crt"
run client-cert-expired 8 "" "cert client-expired.crt\nkey client-expired.key"
run server-cert-expired 8 "cert server-expired.crt\nkey server-expired.key" ""
run client-cert-revoked 8 "crl-verify crl.pem" "cert client-revoked.crt\nkey client-revoked.key"
run client-cert-other-ca 8 "" "cert client-other.crt\nkey client-other.key"
run tls-auth-mismatch 9 "tls-auth ta.key 0" "tls-auth ta-other.key 1"
run tls-auth-direction 9 "tls-auth ta.key 0" "tls-auth ta.key 0"
run tls-crypt-mismatch 9 "tls-crypt ta.key" "tls-crypt ta-other.key"
run no-shared-cipher 8 "data-ciphers AES-256-CBC" "data-ciphers AES-128-GCM"
run dns-push 6 "push \"dhcp-option DNS 10.99.0.1\"\npush \"dhcp-option DOMAIN corp.example\"" "" udp pull
run compression-push 8 "allow-compression yes\ncomp-lzo yes\npush \"comp-lzo yes\"" ""
run tcp-refused 5 "" "" tcp noserver
run udp-refused 9 "" "" udp noserver
run udp-silent 9 "" "" udp silent
run udp-silent-poll 9 "" "server-poll-timeout 6" udp silent
run tcp-silent-proxy 9 "" "" tcp silent
run auth-failed 8 "$AUTH_FAIL" "auth-user-pass up.txt"
run weak-client-cert 6 "" "cert client-weak.crt\nkey client-weak.key\ntls-cert-profile preferred"
run weak-peer-cert 8 "tls-cert-profile preferred" "cert client-weak.crt\nkey client-weak.key"
run tls-version-mismatch 8 "tls-version-max 1.2" "tls-version-min 1.3"
run tun-missing 6 "" "" udp notun
run ping-restart-after-up 14 "" "ping 1\nping-restart 4" udp killserver
run tcp-reset-after-up 10 "" "" tcp killserver
run verb4-success 6 "" "verb 4"
run machine-readable 6 "" "machine-readable-output"

ls -1 "$out" | wc -l >&2
