#!/usr/bin/env python3
"""Writes the two response bodies of the XML decoding benchmark: a ListObjectsV2 response with 1,000 keys (S3,
rest-xml) and a DescribeInstances response of about 1 MB (EC2, ec2). The bytes are a function of nothing but
this script, so the Swift and botocore benchmarks decode the same bodies on every run.
Usage: xml_responses.py LIST_OBJECTS_PATH DESCRIBE_INSTANCES_PATH"""
import sys


def list_objects(keys=1000):
    contents = "".join(
        "<Contents><Key>photos/2024/%02d/%02d/image-%05d.jpg</Key><LastModified>2024-%02d-%02dT%02d:%02d:%02d.000Z"
        "</LastModified><ETag>&quot;%032x&quot;</ETag><ChecksumAlgorithm>CRC32</ChecksumAlgorithm><Size>%d</Size>"
        "<StorageClass>STANDARD</StorageClass></Contents>"
        % (1 + i % 12, 1 + i % 28, i, 1 + i % 12, 1 + i % 28, i % 24, i % 60, (i * 7) % 60, i * 2654435761 % (1 << 128),
           1000 + i * 37)
        for i in range(keys))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">'
            "<Name>example-bucket</Name><Prefix>photos/</Prefix><NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM="
            "</NextContinuationToken><KeyCount>%d</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>true</IsTruncated>%s"
            "</ListBucketResult>" % (keys, contents))


def instance(i):
    return (
        "<item><instanceId>i-%017x</instanceId><imageId>ami-%08x</imageId><instanceState><code>16</code><name>running</name>"
        "</instanceState><privateDnsName>ip-10-0-%d-%d.ec2.internal</privateDnsName><dnsName/><reason/>"
        "<keyName>deploy-key</keyName><amiLaunchIndex>%d</amiLaunchIndex><productCodes/><instanceType>m5.large</instanceType>"
        "<launchTime>2024-03-%02dT%02d:%02d:00.000Z</launchTime><placement><availabilityZone>us-east-1%s</availabilityZone>"
        "<groupName/><tenancy>default</tenancy></placement><monitoring><state>disabled</state></monitoring>"
        "<subnetId>subnet-%08x</subnetId><vpcId>vpc-0a1b2c3d</vpcId><privateIpAddress>10.0.%d.%d</privateIpAddress>"
        "<sourceDestCheck>true</sourceDestCheck><groupSet><item><groupId>sg-%08x</groupId><groupName>web</groupName></item>"
        "</groupSet><architecture>x86_64</architecture><rootDeviceType>ebs</rootDeviceType><rootDeviceName>/dev/xvda"
        "</rootDeviceName><blockDeviceMapping><item><deviceName>/dev/xvda</deviceName><ebs><volumeId>vol-%017x</volumeId>"
        "<status>attached</status><attachTime>2024-03-01T00:00:00.000Z</attachTime><deleteOnTermination>true"
        "</deleteOnTermination></ebs></item></blockDeviceMapping><virtualizationType>hvm</virtualizationType>"
        "<clientToken/><tagSet><item><key>Name</key><value>web-%d</value></item><item><key>team</key><value>payments</value>"
        "</item></tagSet><hypervisor>xen</hypervisor><networkInterfaceSet><item><networkInterfaceId>eni-%017x"
        "</networkInterfaceId><subnetId>subnet-%08x</subnetId><vpcId>vpc-0a1b2c3d</vpcId><ownerId>123456789012</ownerId>"
        "<status>in-use</status><macAddress>0e:%02x:%02x:00:00:01</macAddress><privateIpAddress>10.0.%d.%d"
        "</privateIpAddress><sourceDestCheck>true</sourceDestCheck><groupSet><item><groupId>sg-%08x</groupId>"
        "<groupName>web</groupName></item></groupSet><attachment><attachmentId>eni-attach-%017x</attachmentId>"
        "<deviceIndex>0</deviceIndex><status>attached</status><attachTime>2024-03-01T00:00:00.000Z</attachTime>"
        "<deleteOnTermination>true</deleteOnTermination></attachment><privateIpAddressesSet><item><privateIpAddress>"
        "10.0.%d.%d</privateIpAddress><primary>true</primary></item></privateIpAddressesSet></item></networkInterfaceSet>"
        "<ebsOptimized>false</ebsOptimized><enaSupport>true</enaSupport><cpuOptions><coreCount>1</coreCount>"
        "<threadsPerCore>2</threadsPerCore></cpuOptions><metadataOptions><state>applied</state><httpTokens>required"
        "</httpTokens><httpPutResponseHopLimit>2</httpPutResponseHopLimit><httpEndpoint>enabled</httpEndpoint>"
        "</metadataOptions></item>"
        % (i, i * 97, i % 250, i % 200, i % 4, 1 + i % 28, i % 24, i % 60, "abcd"[i % 4], i * 13, i % 250, i % 200,
           i * 17, i, i, i, i * 13, i % 256, (i // 256) % 256, i % 250, i % 200, i * 17, i, i % 250, i % 200))


def describe_instances(target=1_000_000):
    reservations, size, i = [], 0, 0
    while size < target:
        items = "".join(instance(i + k) for k in range(2))
        reservation = ("<item><reservationId>r-%017x</reservationId><ownerId>123456789012</ownerId><groupSet/>"
                       "<instancesSet>%s</instancesSet></item>" % (i, items))
        reservations.append(reservation)
        size += len(reservation)
        i += 2
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">'
            "<requestId>8f7724cf-496f-496e-8fe3-example</requestId><reservationSet>%s</reservationSet>"
            "</DescribeInstancesResponse>" % "".join(reservations))


with open(sys.argv[1], "w") as file:
    file.write(list_objects())
with open(sys.argv[2], "w") as file:
    file.write(describe_instances())
