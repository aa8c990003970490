#!/usr/bin/env bash
# Throwaway PKI and OpenVPN 2.6 server/client pairs on 127.0.0.1 only, to record the real log lines the
# cause pages quote. Usage: bash scripts/lab/openvpn-lab.sh <workdir>. Needs openvpn and openssl; run as root
# (the server opens a tun device). Nothing leaves 127.0.0.0/8.
set -e
LAB=${1:-/tmp/ca-lab}; mkdir -p "$LAB"
cd $LAB
rm -rf pki && mkdir pki && cd pki
cat > ca.cnf <<'C'
[ ca ]
default_ca = CA_default
[ CA_default ]
dir = .
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = pol
default_days = 30
crlnumber = crlnumber
default_crl_days = 30
[ pol ]
commonName = supplied
[ srv ]
extendedKeyUsage = serverAuth
keyUsage = digitalSignature,keyEncipherment
[ cli ]
extendedKeyUsage = clientAuth
keyUsage = digitalSignature
C
touch index.txt; echo 01 > serial; echo 01 > crlnumber
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 30 -subj /CN=lab-ca 2>/dev/null
mk() { openssl req -newkey rsa:2048 -nodes -keyout $1.key -out $1.csr -subj /CN=$1 2>/dev/null; openssl ca -batch -config ca.cnf -cert ca.crt -keyfile ca.key -extensions $2 -in $1.csr -out $1.crt $3 2>/dev/null; }
mk server srv
mk client cli
mk revoked cli
mk expired cli "-startdate 20200101000000Z -enddate 20200201000000Z"
openssl ca -config ca.cnf -cert ca.crt -keyfile ca.key -revoke revoked.crt 2>/dev/null
openssl ca -config ca.cnf -cert ca.crt -keyfile ca.key -gencrl -out crl.pem 2>/dev/null
openvpn --genkey secret ta.key
openvpn --genkey secret ta2.key
# weak: SHA1-signed client cert
openssl req -newkey rsa:2048 -nodes -keyout sha1.key -out sha1.csr -subj /CN=sha1 2>/dev/null
openssl x509 -req -in sha1.csr -CA ca.crt -CAkey ca.key -set_serial 99 -days 30 -sha1 -out sha1.crt 2>/dev/null
# 1024-bit
openssl req -newkey rsa:1024 -nodes -keyout small.key -out small.csr -subj /CN=small 2>/dev/null
openssl x509 -req -in small.csr -CA ca.crt -CAkey ca.key -set_serial 98 -days 30 -sha256 -out small.crt 2>/dev/null
# expired server cert
openssl req -newkey rsa:2048 -nodes -keyout srvexp.key -out srvexp.csr -subj /CN=srvexp 2>/dev/null
openssl ca -batch -config ca.cnf -cert ca.crt -keyfile ca.key -extensions srv -in srvexp.csr -out srvexp.crt -startdate 20200101000000Z -enddate 20200201000000Z 2>/dev/null
ls
