import socket,sys
s=socket.socket(); s.setsockopt(socket.SOL_SOCKET,socket.SO_REUSEADDR,1); s.bind(('127.0.0.1',int(sys.argv[1]))); s.listen(5); s.settimeout(25)
try:
  while True:
    c,_=s.accept(); c.sendall(b"HTTP/1.1 302 Found\r\nLocation: http://portal.invalid/login\r\nContent-Length: 0\r\n\r\n"); c.close()
except Exception: pass
