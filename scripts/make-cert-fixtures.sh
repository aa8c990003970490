#!/usr/bin/env bash
# Builds the certificate, key and config fixtures of the config inspector with the real
# openssl and openvpn binaries (a throwaway PKI in a temp dir; nothing is sent anywhere).
# Dates are fixed (openssl ca -startdate/-enddate), so the tests inject `now` and never depend
# on today's date. Output: src/network/certificates/fixtures/ and src/network/ovpn-config/fixtures/.
#
#   bash scripts/make-cert-fixtures.sh                 # everything: PKI, keys, configs, logs
#   bash scripts/make-cert-fixtures.sh --configs-only  # only the configs, from the committed
#                                                      # certificates and keys (the rest unchanged)
#
# The keys here are test keys: they protect nothing and are committed on purpose.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/src/network/certificates/fixtures"
CFG_OUT="$ROOT/src/network/ovpn-config/fixtures"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
LOG_OUT="$ROOT/src/network/evidence/fixtures"
CONFIGS_ONLY=0
if [ "${1:-}" = "--configs-only" ]; then CONFIGS_ONLY=1; fi
mkdir -p "$CFG_OUT" "$LOG_OUT"
if [ "$CONFIGS_ONLY" = 0 ]; then
  rm -rf "$OUT/keys"
  mkdir -p "$OUT/keys"
fi
cd "$WORK"

if [ "$CONFIGS_ONLY" = 0 ]; then
  openssl version >"$OUT/VERSIONS.txt"
  openvpn --version | head -1 >>"$OUT/VERSIONS.txt"
fi

# A minimal `openssl ca` setup per CA: index, serial, and extension sections.
make_ca_dir() {
  local dir=$1 serial=$2
  mkdir -p "$dir/new"
  : >"$dir/index.txt"
  echo "$serial" >"$dir/serial"
  cat >"$dir/ca.cnf" <<EOF
[ ca ]
default_ca = this
[ this ]
dir = $WORK/$dir
database = \$dir/index.txt
new_certs_dir = \$dir/new
serial = \$dir/serial
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
[ any ]
commonName = supplied
organizationName = optional
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = placeholder
[ v3_ca ]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ client ]
basicConstraints = CA:false
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ client_no_eku ]
basicConstraints = CA:false
keyUsage = critical, digitalSignature
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ server ]
basicConstraints = CA:false
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
EOF
}

# self_signed_ca <dir> <CN> <serial>
self_signed_ca() {
  local dir=$1 cn=$2 serial=$3
  make_ca_dir "$dir" "$serial"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/ca.key" 2>/dev/null
  openssl req -new -key "$dir/ca.key" -subj "/O=sslvpn-doctor test/CN=$cn" -out "$dir/ca.csr"
  openssl ca -batch -notext -config "$dir/ca.cnf" -selfsign -keyfile "$dir/ca.key" \
    -in "$dir/ca.csr" -out "$dir/ca.crt" -extensions v3_ca \
    -startdate 20250101000000Z -enddate 20350101000000Z 2>/dev/null
}

# issue <ca-dir> <name> <CN> <start> <end> <extensions|-> <md> <keyspec>
issue() {
  local ca=$1 name=$2 cn=$3 start=$4 end=$5 ext=$6 md=$7 keyspec=$8
  case "$keyspec" in
    rsa:*) openssl genpkey -algorithm RSA -pkeyopt "rsa_keygen_bits:${keyspec#rsa:}" -out "$name.key" 2>/dev/null ;;
    ec:*) openssl genpkey -algorithm EC -pkeyopt "ec_paramgen_curve:${keyspec#ec:}" -out "$name.key" 2>/dev/null ;;
  esac
  openssl req -new -key "$name.key" -subj "/CN=$cn" -out "$name.csr"
  local extargs=()
  if [ "$ext" != "-" ]; then extargs=(-extensions "$ext"); fi
  openssl ca -batch -notext -config "$ca/ca.cnf" -cert "$ca/ca.crt" -keyfile "$ca/ca.key" \
    -in "$name.csr" -out "$name.crt" -md "$md" "${extargs[@]}" \
    -startdate "$start" -enddate "$end" 2>/dev/null
  cp "$name.crt" "$OUT/$name.crt"
  cp "$name.key" "$OUT/keys/$name.key"
}

if [ "$CONFIGS_ONLY" = 0 ]; then
  self_signed_ca ca "sslvpn-doctor Test CA" 1000
  self_signed_ca other-ca "Some Other CA" 2000
  cp ca/ca.crt "$OUT/ca.crt"
  cp other-ca/ca.crt "$OUT/other-ca.crt"

  # Test "now" is 2026-06-01T00:00:00Z (see certificates.test.ts).
  issue ca client-valid client-valid 20250101000000Z 20270101000000Z client sha256 rsa:2048
  issue ca client-expired client-expired 20240101000000Z 20250101000000Z client sha256 rsa:2048
  issue ca client-not-yet-valid client-not-yet-valid 20260901000000Z 20280901000000Z client sha256 rsa:2048
  issue ca client-expires-5d client-expires-5d 20250601000000Z 20260606000000Z client sha256 rsa:2048
  issue ca client-expires-20d client-expires-20d 20250601000000Z 20260621000000Z client sha256 rsa:2048
  issue ca client-sha1 client-sha1 20250101000000Z 20270101000000Z client sha1 rsa:2048
  issue ca client-rsa1024 client-rsa1024 20250101000000Z 20270101000000Z client sha256 rsa:1024
  issue ca client-no-eku client-no-eku 20250101000000Z 20270101000000Z client_no_eku sha256 rsa:2048
  issue ca client-v1 client-v1 20250101000000Z 20270101000000Z - sha256 rsa:2048
  issue ca client-ec client-ec 20250101000000Z 20270101000000Z client sha256 ec:P-256
  issue other-ca client-wrong-ca client-wrong-ca 20250101000000Z 20270101000000Z client sha256 rsa:2048
  issue ca server server.test 20250101000000Z 20300101000000Z server sha256 rsa:2048

  # Private keys: PKCS#8 RSA and EC, a traditional PKCS#1 RSA key, an encrypted PKCS#8 key.
  cp client-valid.key "$OUT/client-valid.key"
  cp client-ec.key "$OUT/client-ec.key"
  openssl pkey -in client-rsa1024.key -traditional -out "$OUT/client-rsa1024.pkcs1.key"
  openssl pkcs8 -topk8 -in client-valid.key -v2 aes-256-cbc -passout pass:test \
    -out "$OUT/client-valid.encrypted.key"
  cp server.key "$OUT/server.key"

  # PKCS#12 (as FJcloud-O mails it) with the client certificate, its key and the CA.
  openssl pkcs12 -export -in client-valid.crt -inkey client-valid.key -certfile ca/ca.crt \
    -passout pass:test -out "$OUT/client-valid.p12"

  # Broken PEM: a certificate cut in the middle, and a body that is not base64.
  {
    head -n 8 client-valid.crt
    echo "-----END CERTIFICATE-----"
  } >"$OUT/broken-truncated.crt"
  {
    echo "-----BEGIN CERTIFICATE-----"
    echo "this is not base64 at all !!!"
    echo "-----END CERTIFICATE-----"
  } >"$OUT/broken-not-base64.crt"

  # OpenVPN static keys (tls-auth / tls-crypt) and a tls-crypt-v2 client key.
  openvpn --genkey secret "$OUT/tls-auth.key" >/dev/null
  openvpn --genkey tls-crypt "$OUT/tls-crypt.key" >/dev/null
  openvpn --genkey tls-crypt-v2-server tls-crypt-v2-server.key >/dev/null
  openvpn --genkey tls-crypt-v2-client "$OUT/tls-crypt-v2-client.key" \
    --tls-crypt-v2 tls-crypt-v2-server.key >/dev/null
else
  # The committed PKI: the CAs, every certificate and its key, as the steps above leave them.
  mkdir -p ca other-ca
  cp "$OUT/ca.crt" ca/ca.crt
  cp "$OUT/other-ca.crt" other-ca/ca.crt
  cp "$OUT"/*.crt "$OUT"/keys/*.key .
fi

# --- Configs (remote addresses are documentation addresses, RFC 5737) -----------------------
inline() { # inline <tag> <file>
  echo "<$1>"
  cat "$2"
  echo "</$1>"
}

# An old-style bundle: cipher without data-ciphers, comp-lzo, ns-cert-type, tls-auth without
# key-direction, a removed option.
{
  echo "# SSL-VPN client configuration (test fixture)"
  echo "client"
  echo "dev tun"
  echo "proto udp"
  echo "remote 203.0.113.10 1194"
  echo "resolv-retry infinite"
  echo "nobind"
  echo "persist-key"
  echo "persist-tun"
  echo "cipher AES-128-CBC"
  echo "comp-lzo"
  echo "ns-cert-type server"
  echo "keysize 128"
  echo "verb 3"
  inline ca ca/ca.crt
  inline cert client-valid.crt
  inline key client-valid.key
  inline tls-auth "$OUT/tls-auth.key"
} >"$CFG_OUT/legacy.ovpn"

# A clean 2.6 config with tls-crypt, written with CRLF line ends and a UTF-8 BOM.
{
  printf '\xef\xbb\xbf'
  {
    echo "client"
    echo "dev tun"
    echo "remote vpn.example.test 443 tcp"
    echo "remote-cert-tls server"
    echo "data-ciphers AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305"
    echo "auth-user-pass"
    echo "verb 3"
    inline ca ca/ca.crt
    inline cert client-ec.crt
    inline key client-ec.key
    inline tls-crypt "$OUT/tls-crypt.key"
  } | sed 's/$/\r/'
} >"$CFG_OUT/modern-crlf-bom.ovpn"

# Several connection blocks with remote-random; a quoted and an escaped argument.
{
  echo "client"
  echo "dev tun"
  echo "remote-random"
  echo "remote-cert-tls server"
  echo 'setenv FRIENDLY_NAME "Tokyo office VPN"'
  echo "auth-user-pass 'C:\\Program Files\\OpenVPN\\config\\pass.txt'"
  echo "<connection>"
  echo "remote 198.51.100.20 1194 udp"
  echo "</connection>"
  echo "<connection>"
  echo "remote 198.51.100.21 443"
  echo "proto tcp-client"
  echo "</connection>"
  inline ca ca/ca.crt
  inline cert client-valid.crt
  inline key client-valid.key
} >"$CFG_OUT/connections.ovpn"

# Broken: an unclosed quote, a bad backslash, and a <key> block that never ends.
{
  echo "client"
  echo "dev tun"
  echo "remote 192.168.10.1 1194"
  echo 'setenv NAME "unterminated'
  echo 'cd C:\Users\vpn'
  inline ca ca/ca.crt
  inline cert client-valid.crt
  echo "<key>"
  cat client-valid.key
} >"$CFG_OUT/broken.ovpn"

# Comments an older editor saved in Latin-1 (Windows-1252) and in Shift_JIS (CP932, Notepad on a
# Japanese Windows): not UTF-8, but OpenVPN reads the file. The first such byte is on line 3.
{
  echo "client"
  echo "dev tun"
  printf '# VPN B\xfcro M\xfcnchen\n'
  echo "remote 203.0.113.30 1194 udp"
  echo "remote-cert-tls server"
  echo "data-ciphers AES-256-GCM:AES-128-GCM"
  printf '; Gr\xfc\xdfe aus der IT\n'
  inline ca ca/ca.crt
  inline cert client-valid.crt
  inline key client-valid.key
} >"$CFG_OUT/latin1-comment.ovpn"
{
  echo "client"
  echo "# 東京本社 VPN（経理部）" | iconv -f UTF-8 -t CP932
  echo "remote 203.0.113.31 443 tcp"
  echo "remote-cert-tls server"
  echo "data-ciphers AES-256-GCM:AES-128-GCM"
  inline ca ca/ca.crt
  inline cert client-ec.crt
  inline key client-ec.key
} >"$CFG_OUT/sjis-comment.ovpn"

# tls-crypt-v2 (the client key openvpn --genkey tls-crypt-v2-client wrapped above) and an
# <extra-certs> block (the other CA stands in for a certificate sent along with the client's).
{
  echo "client"
  echo "dev tun"
  echo "proto udp"
  echo "remote 203.0.113.40 1194"
  echo "remote-cert-tls server"
  echo "data-ciphers AES-256-GCM:AES-128-GCM"
  inline ca ca/ca.crt
  inline cert client-valid.crt
  inline key client-valid.key
  inline extra-certs other-ca/ca.crt
  inline tls-crypt-v2 "$OUT/tls-crypt-v2-client.key"
} >"$CFG_OUT/tls-crypt-v2-extra-certs.ovpn"

if [ "$CONFIGS_ONLY" = 0 ]; then
  # --- Real logs: an OpenVPN 2.6 server and client on 127.0.0.1 only ---------------------------
  # The server runs in server mode on a tun device it never configures (--ifconfig-noexec,
  # --route-noexec); the client uses --dev null. Each client case runs for a few seconds.
  PORT=11941
  openvpn --dev tun --server 10.8.0.0 255.255.255.0 --topology subnet --dh none \
    --ca ca/ca.crt --cert server.crt --key server.key --local 127.0.0.1 --lport "$PORT" \
    --proto udp --verb 3 --ifconfig-noexec --route-noexec --disable-dco \
    --keepalive 10 60 >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  sleep 1.5
  client_run() { # client_run <case> <cert-name> [extra client options...]
    local case=$1 cert=$2
    shift 2
    timeout 7 openvpn --client --dev null --remote 127.0.0.1 "$PORT" --proto udp --nobind \
      --ca ca/ca.crt --cert "$cert.crt" --key "$cert.key" --remote-cert-tls server \
      --hand-window 5 --verb 3 --ifconfig-noexec --route-noexec "$@" >"$LOG_OUT/client-$case.log" 2>&1 || true
  }
  client_run ok client-valid
  client_run expired client-expired
  # Not yet valid by the real clock of this run (the unit-test fixture is relative to a fixed now).
  issue ca client-future client-future "$(date -u -d '+1 year' +%Y%m%d000000Z)" \
    "$(date -u -d '+3 years' +%Y%m%d000000Z)" client sha256 rsa:2048
  rm -f "$OUT/client-future.crt" "$OUT/keys/client-future.key"
  client_run not-yet-valid client-future
  client_run sha1 client-sha1
  client_run rsa1024 client-rsa1024
  client_run rsa1024-preferred client-rsa1024 --tls-cert-profile preferred
  client_run wrong-ca client-wrong-ca
  client_run v1 client-v1
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  cp "$WORK/server.log" "$LOG_OUT/server.log"
  # The logs name the temp dir; make them stable.
  sed -i "s#$WORK/##g" "$LOG_OUT"/*.log
fi

echo "fixtures written to $OUT, $CFG_OUT and $LOG_OUT"
