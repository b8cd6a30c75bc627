#!/usr/bin/env python3
"""A fake AWS endpoint on 127.0.0.1 for end-to-end tests of the Swift client.

Every request to a service path has its SigV4 signature recomputed with botocore (an implementation
independent of the client's signer) and the result is logged. Answers follow a script that the test sets:

    POST /__script   body: JSON list of steps, each one of
        {"status": 200, "headers": {...}, "body": "..."}        respond
        {"drop": true}                                          send half a response, then close
        {"hang": true}                                          never answer
        {"status": 200, "headers": {...}, "chunks": [base64...], "hold_after": n}
                                                                a chunked body, one chunk per write; after
                                                                n chunks it waits for POST /__release
    GET  /__log      the requests received: method, path, headers, body, signature_valid, reason

It also emulates the credential endpoints, with fixed credentials:
    PUT  /latest/api/token, GET /latest/meta-data/iam/security-credentials/[role]   (EC2 IMDSv2)
    GET  /ecs/credentials                                                           (ECS; needs the
         Authorization header "ecs-token")

Start: python3 aws_test_server.py [--access-key K --secret-key S --region R --service N]
It prints "PORT <n>" on the first line of stdout, then serves until stdin closes or it is killed.
"""
import argparse
import base64
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

IMDS_CREDENTIALS = {"AccessKeyId": "AKIDIMDS", "SecretAccessKey": "imds-secret", "Token": "imds-token"}
ECS_CREDENTIALS = {"AccessKeyId": "AKIDECS", "SecretAccessKey": "ecs-secret", "Token": "ecs-token-value"}
CREDENTIALS = {
    "AKIDIMDS": IMDS_CREDENTIALS,
    "AKIDECS": ECS_CREDENTIALS,
}


class State:
    def __init__(self, args):
        self.args = args
        self.lock = threading.Lock()
        self.script = [{"status": 200, "body": "{}"}]
        self.released = threading.Event()
        self.log = []

    def next_step(self):
        with self.lock:
            return self.script.pop(0) if len(self.script) > 1 else self.script[0]


def verify_signature(state, method, path, headers, body):
    """Recomputes the SigV4 signature with botocore from the signed headers only."""
    authorization = headers.get("authorization", "")
    if not authorization.startswith("AWS4-HMAC-SHA256 "):
        return False, "no SigV4 Authorization header"
    fields = dict(part.strip().split("=", 1) for part in authorization[len("AWS4-HMAC-SHA256 "):].split(","))
    access_key, date, region, service, _ = fields["Credential"].split("/")
    signed = fields["SignedHeaders"].split(";")
    known = CREDENTIALS.get(access_key)
    secret = known["SecretAccessKey"] if known else state.args.secret_key
    token = known["Token"] if known else headers.get("x-amz-security-token")
    if access_key not in CREDENTIALS and access_key != state.args.access_key:
        return False, "unknown access key " + access_key
    if region != state.args.region or service != state.args.service:
        return False, "wrong scope %s/%s" % (region, service)
    if known and headers.get("x-amz-security-token") != token:
        return False, "missing or wrong session token"
    request = AWSRequest(
        method=method,
        url="http://%s%s" % (headers["host"], path),
        data=body,
        headers={name: headers[name] for name in signed if name in headers},
    )
    request.context["timestamp"] = headers["x-amz-date"]
    auth = SigV4Auth(Credentials(access_key, secret, token), service, region)
    canonical = auth.canonical_request(request)
    string_to_sign = auth.string_to_sign(request, canonical)
    expected = auth.signature(string_to_sign, request)
    if fields["Signature"] != expected:
        return False, "signature mismatch; botocore's canonical request:\n" + canonical
    return True, "ok"


def make_handler(state):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def read_body(self):
            length = int(self.headers.get("Content-Length", "0") or "0")
            return self.rfile.read(length) if length else b""

        def reply(self, status, body=b"", headers=None):
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def handle_any(self):
            body = self.read_body()
            path = self.path
            headers = {name.lower(): value for name, value in self.headers.items()}
            if path == "/__script" and self.command == "POST":
                with state.lock:
                    state.script = json.loads(body)
                return self.reply(200, b"{}")
            if path == "/__release" and self.command == "POST":
                state.released.set()
                return self.reply(200, b"{}")
            if path == "/__log":
                with state.lock:
                    return self.reply(200, json.dumps(state.log).encode())
            if path == "/latest/api/token" and self.command == "PUT":
                return self.reply(200, b"imds-session-token")
            if path.startswith("/latest/meta-data/iam/security-credentials/"):
                if headers.get("x-aws-ec2-metadata-token") != "imds-session-token":
                    return self.reply(401)
                role = path[len("/latest/meta-data/iam/security-credentials/"):]
                if not role:
                    return self.reply(200, b"test-role")
                document = dict(IMDS_CREDENTIALS, Code="Success", Expiration=expiration())
                return self.reply(200, json.dumps(document).encode())
            if path == "/ecs/credentials":
                if headers.get("authorization") != "ecs-token":
                    return self.reply(401)
                return self.reply(200, json.dumps(dict(ECS_CREDENTIALS, Expiration=expiration())).encode())
            valid, reason = verify_signature(state, self.command, path, headers, body)
            with state.lock:
                state.log.append({
                    "method": self.command, "path": path, "headers": headers,
                    "body": body.decode("utf-8", "replace"), "signature_valid": valid, "reason": reason,
                })
            step = state.next_step()
            if step.get("hang"):
                time.sleep(3600)
                return
            if step.get("drop"):
                self.send_response(200)
                self.send_header("Content-Length", "1000")
                self.end_headers()
                self.wfile.write(b'{"snapshot": {')
                self.wfile.flush()
                self.close_connection = True
                self.connection.shutdown(2)
                return
            if "chunks" in step:
                return self.stream(step)
            self.reply(step.get("status", 200), step.get("body", "{}").encode(), step.get("headers"))

        def stream(self, step):
            self.send_response(step.get("status", 200))
            for name, value in step.get("headers", {}).items():
                self.send_header(name, value)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for index, chunk in enumerate(step["chunks"]):
                if index == step.get("hold_after"):
                    state.released.wait(30)
                data = base64.b64decode(chunk)
                self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
                self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = handle_any

    return Handler


def expiration():
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 3600))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--access-key", default="AKIDEXAMPLE")
    parser.add_argument("--secret-key", default="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    parser.add_argument("--region", default="us-east-1")
    parser.add_argument("--service", default="docdb-elastic")
    state = State(parser.parse_args())
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state))
    server.daemon_threads = True
    print("PORT %d" % server.server_address[1], flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()


if __name__ == "__main__":
    main()
