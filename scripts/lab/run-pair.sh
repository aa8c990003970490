# usage: run.sh name "server extra" "client extra" [proto]
name=$1; sx=$2; cx=$3; proto=${4:-udp}; port=${5:-21194}
cd ${LAB:-/tmp/ca-lab}/pki
S="--mode server --tls-server --dev-type tun --dev labsrv$port --disable-dco --ifconfig-noexec --route-noexec --proto $proto --local 127.0.0.1 --port $port --ca ca.crt --cert server.crt --key server.key --dh none --verb 3 --hand-window 8 --keepalive 2 10 --ifconfig 10.8.0.1 255.255.255.0 --topology subnet --ifconfig-pool 10.8.0.10 10.8.0.50 255.255.255.0 --push topology\ subnet --data-ciphers AES-256-GCM:AES-128-GCM --writepid ../$name.server.pid"
C="--client --dev null --ifconfig-noexec --route-noexec --proto $proto --remote 127.0.0.1 $port --nobind --ca ca.crt --cert client.crt --key client.key --verb 3 --hand-window 8 --connect-retry-max 1 --remote-cert-tls server"
rm -f ../$name.server.log ../$name.client.log
if [ "$sx" != "NOSERVER" ]; then eval openvpn $S $sx > ../$name.server.log 2>&1 & SP=$!; sleep 1; fi
eval timeout 14 openvpn $C $cx > ../$name.client.log 2>&1
[ -f ../$name.server.pid ] && kill "$(cat ../$name.server.pid)" && rm -f ../$name.server.pid
wait 2>/dev/null
echo "### $name"
