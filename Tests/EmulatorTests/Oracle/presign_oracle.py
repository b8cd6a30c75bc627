#!/usr/bin/env python3
"""Print botocore's presigned URL for one operation, offline, with a frozen clock and fixed keys.

    python3 presign_oracle.py <service> <OperationName> <region> <expires> [params-json [config-file]]

The keys are the SigV4 test suite's (AKIDEXAMPLE), the clock is frozen at 2015-08-30T12:36:00Z, and S3 signs
with SigV4 (``signature_version='s3v4'``; botocore's S3 default in us-east-1 is still SigV2, which the Swift
runtime does not implement). The shared config is empty unless a config file is named, whose default profile
is then read. Nothing is sent: ``generate_presigned_url`` only builds and signs the URL.
Used by Tests/EmulatorTests/PresignedURLOracleTests.swift.
"""

import datetime
import json
import os
import sys
from unittest import mock

os.environ['AWS_CONFIG_FILE'] = os.devnull
os.environ['AWS_SHARED_CREDENTIALS_FILE'] = os.devnull
for name in list(os.environ):
    if name.startswith('AWS_') and name not in ('AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE'):
        del os.environ[name]

import botocore.auth  # noqa: E402
import botocore.session  # noqa: E402
from botocore.config import Config  # noqa: E402

FROZEN = datetime.datetime(2015, 8, 30, 12, 36, 0, tzinfo=datetime.timezone.utc)


def main():
    service, operation, region, expires = sys.argv[1:5]
    params = json.loads(sys.argv[5]) if len(sys.argv) > 5 else {}
    if len(sys.argv) > 6:
        os.environ['AWS_CONFIG_FILE'] = sys.argv[6]
    session = botocore.session.get_session()
    config = Config(signature_version='s3v4') if service == 's3' else None
    client = session.create_client(
        service, region_name=region, config=config,
        aws_access_key_id='AKIDEXAMPLE',
        aws_secret_access_key='wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY')
    method = client.meta.method_to_api_mapping
    python_name = {api: py for py, api in method.items()}[operation]
    with mock.patch.object(botocore.auth, 'get_current_datetime', return_value=FROZEN.replace(tzinfo=None)):
        print(client.generate_presigned_url(python_name, Params=params, ExpiresIn=int(expires)))


if __name__ == '__main__':
    main()
