cd ${LAB:-/tmp/ca-lab}
bash scripts/lab/run-pair.sh revoked "--crl-verify crl.pem" "--cert revoked.crt --key revoked.key" udp 21201 &
bash scripts/lab/run-pair.sh ownexp "" "--cert expired.crt --key expired.key" udp 21202 &
bash scripts/lab/run-pair.sh srvexp "--cert srvexp.crt --key srvexp.key" "" udp 21203 &
wait
bash scripts/lab/run-pair.sh ta-clientnone "--tls-auth ta.key 0" "" udp 21204 &
bash scripts/lab/run-pair.sh ta-wrongkey "--tls-auth ta.key 0" "--tls-auth ta2.key 1" udp 21205 &
bash scripts/lab/run-pair.sh ta-direction "--tls-auth ta.key 0" "--tls-auth ta.key 0" udp 21206 &
wait
bash scripts/lab/run-pair.sh tc-wrongkey "--tls-crypt ta.key" "--tls-crypt ta2.key" udp 21207 &
bash scripts/lab/run-pair.sh ta-servernone "" "--tls-auth ta.key 1" udp 21208 &
bash scripts/lab/run-pair.sh authfail "--script-security 2 --auth-user-pass-verify ./deny.sh via-file --verify-client-cert require" "--auth-user-pass up.txt" udp 21209 &
wait
bash scripts/lab/run-pair.sh comp "--allow-compression yes --compress lzo --push 'compress lzo'" "" udp 21210 &
bash scripts/lab/run-pair.sh cipherfb "" "--pull-filter ignore cipher --cipher AES-128-CBC" udp 21211 &
bash scripts/lab/run-pair.sh tlsold "--tls-version-max 1.1" "" udp 21212 &
wait
bash scripts/lab/run-pair.sh sha1 "" "--cert sha1.crt --key sha1.key" udp 21213 &
bash scripts/lab/run-pair.sh small "" "--cert small.crt --key small.key" udp 21214 &
bash scripts/lab/run-pair.sh tcprefused NOSERVER "" tcp 21215 &
wait
bash scripts/lab/run-pair.sh tunmissing "" "--dev tun --dev-node ${LAB:-/tmp/ca-lab}/no-such-tun" udp 21216 &
(python3 -m http.server 21217 --bind 127.0.0.1 >/dev/null 2>&1 & HP=$!; sleep 1; bash scripts/lab/run-pair.sh portal NOSERVER "" tcp 21217; kill $HP) &
bash scripts/lab/run-pair.sh ccddisable "--client-config-dir ccd" "" udp 21218 &
wait
echo ALLDONE
