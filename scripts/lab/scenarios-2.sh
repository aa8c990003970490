cd ${LAB:-/tmp/ca-lab}
bash scripts/lab/run-pair.sh small-preferred "" "--cert small.crt --key small.key --tls-cert-profile preferred" udp 21221 &
bash scripts/lab/run-pair.sh srvsha1 "--cert srvsha1.crt --key srvsha1.key" "" udp 21222 &
bash scripts/lab/run-pair.sh revoked12 "--crl-verify crl.pem" "--cert revoked.crt --key revoked.key --tls-version-max 1.2" udp 21223 &
wait
bash scripts/lab/run-pair.sh ownexp12 "" "--cert expired.crt --key expired.key --tls-version-max 1.2" udp 21224 &
bash scripts/lab/run-pair.sh cipherfb2 "--data-ciphers AES-128-CBC --data-ciphers-fallback AES-128-CBC" "--pull-filter ignore cipher" udp 21225 &
bash scripts/lab/run-pair.sh cipherfb3 "--data-ciphers-fallback AES-128-CBC --cipher AES-128-CBC" "--pull-filter ignore cipher --cipher AES-128-CBC" udp 21226 &
wait
(python3 scripts/lab/portal.py 21227 & bash scripts/lab/run-pair.sh portal2 NOSERVER "" tcp 21227; wait) &
bash scripts/lab/run-pair.sh tlsold-client "" "--tls-version-max 1.1 --tls-cert-profile insecure" udp 21228 &
bash scripts/lab/run-pair.sh small-server "--tls-cert-profile preferred" "--cert small.crt --key small.key" udp 21229 &
wait
echo ALLDONE
