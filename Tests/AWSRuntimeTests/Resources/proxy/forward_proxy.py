#!/usr/bin/env python3
"""A forward HTTP proxy on 127.0.0.1 for ProxyTransportTests.

It prints `PORT <n>` once it listens, then one line per request it receives, `CONNECT host:port` or
`<METHOD> <absolute-url>`, and flushes each line. A CONNECT request opens a tunnel to its target (only 127.0.0.1
targets are allowed); a request in absolute form is forwarded to its target and the response relayed. It exits when
its standard input closes, so it dies with the test process.
"""
import socket
import socketserver
import sys
import threading
import urllib.parse


def relay(source, target):
    try:
        while True:
            data = source.recv(65536)
            if not data:
                break
            target.sendall(data)
    except OSError:
        pass
    finally:
        for sock in (source, target):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def read_head(sock):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None, b""
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    return head.decode("latin-1"), rest


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        head, rest = read_head(self.request)
        if head is None:
            return
        request_line = head.split("\r\n", 1)[0]
        method, target, _ = request_line.split(" ", 2)
        print(f"{method} {target}", flush=True)
        if method == "CONNECT":
            host, _, port = target.rpartition(":")
            if host != "127.0.0.1":
                self.request.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
                return
            upstream = socket.create_connection((host, int(port)))
            self.request.sendall(b"HTTP/1.1 200 Connection Established\r\n\r\n")
            if rest:
                upstream.sendall(rest)
        else:
            url = urllib.parse.urlsplit(target)
            if url.hostname != "127.0.0.1":
                self.request.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
                return
            upstream = socket.create_connection((url.hostname, url.port or 80))
            path = url.path or "/"
            if url.query:
                path += "?" + url.query
            lines = head.split("\r\n")
            lines[0] = f"{method} {path} HTTP/1.1"
            upstream.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + rest)
        back = threading.Thread(target=relay, args=(upstream, self.request), daemon=True)
        back.start()
        relay(self.request, upstream)
        back.join(timeout=10)


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    server = Server(("127.0.0.1", 0), Handler)
    print(f"PORT {server.server_address[1]}", flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()
    server.shutdown()


if __name__ == "__main__":
    main()
