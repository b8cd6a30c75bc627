"""A loopback S3 stand-in for Benchmarks/streaming.sh: every GET (with or without a Range) and HEAD serves an object of
SIZE bytes, every PUT reads its body to the end (Content-Length or chunked) and keeps nothing, and the multipart calls
boto3's transfer manager makes are answered. Prints the port it listens on, then serves until killed."""
import http.server
import socketserver
import sys

SIZE = int(sys.argv[1])
BLOCK = memoryview(bytes(range(256)) * 4096)  # 1 MiB


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _range(self):
        header = self.headers.get("Range")
        if not header or not header.startswith("bytes="):
            return 0, SIZE - 1, False
        first, _, last = header[6:].partition("-")
        return int(first), min(int(last) if last else SIZE - 1, SIZE - 1), True

    def _head(self, status, length, extra=()):
        self.send_response(status)
        self.send_header("Content-Length", str(length))
        self.send_header("ETag", '"bench"')
        self.send_header("Last-Modified", "Thu, 03 Dec 2026 00:00:00 GMT")
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()

    def do_HEAD(self):
        self._head(200, SIZE, [("Content-Type", "application/octet-stream")])

    def do_GET(self):
        first, last, ranged = self._range()
        length = last - first + 1
        extra = [("Content-Type", "application/octet-stream")]
        if ranged:
            extra.append(("Content-Range", f"bytes {first}-{last}/{SIZE}"))
        self._head(206 if ranged else 200, length, extra)
        while length > 0:
            piece = BLOCK[: min(length, len(BLOCK))]
            self.wfile.write(piece)
            length -= len(piece)

    def _reply(self, status, body=b"", extra=()):
        self._head(status, len(body), extra)
        self.wfile.write(body)

    def do_PUT(self):
        self._drain_body()
        self._reply(200)

    def do_POST(self):
        self._drain_body()
        if "uploads" in self.path.split("?", 1)[-1].split("&"):
            body = (b'<?xml version="1.0" encoding="UTF-8"?><InitiateMultipartUploadResult>'
                    b"<Bucket>bench</Bucket><Key>object</Key><UploadId>upload</UploadId></InitiateMultipartUploadResult>")
        else:
            body = (b'<?xml version="1.0" encoding="UTF-8"?><CompleteMultipartUploadResult>'
                    b'<Bucket>bench</Bucket><Key>object</Key><ETag>"bench-1"</ETag></CompleteMultipartUploadResult>')
        self._reply(200, body, [("Content-Type", "application/xml")])

    def _drain_body(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            while True:
                size = int(self.rfile.readline().split(b";")[0], 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return
                while size > 0:
                    size -= len(self.rfile.read(min(size, 1 << 20)))
                self.rfile.readline()
        left = int(self.headers.get("Content-Length", "0"))
        while left > 0:
            left -= len(self.rfile.read(min(left, 1 << 20)))


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    request_queue_size = 64


server = Server(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
