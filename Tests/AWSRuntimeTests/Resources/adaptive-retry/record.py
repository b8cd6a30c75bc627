#!/usr/bin/env python3
"""Records what botocore's adaptive retry classes compute, for AdaptiveRateLimiterTests.

Runs botocore's own TokenBucket, CubicCalculator, RateClocker and ClientRateLimiter (botocore/retries/) on a fake
clock through fixed scripts of events and writes every result to botocore-adaptive.json next to this file:

    python3 Tests/AWSRuntimeTests/Resources/adaptive-retry/record.py

The scripts are fixed (a seeded random one included), so the output changes only with botocore.
"""
import json
import os
import random

import botocore
from botocore.exceptions import CapacityNotAvailableError
from botocore.retries import adaptive, bucket, throttling


class FakeClock:
    def __init__(self, now):
        self.now = now

    def current_time(self):
        return self.now

    def sleep(self, amount):
        self.now += amount


class Detector:
    """Stands in for ThrottlingErrorDetector: the script says which responses are throttling errors."""

    def is_throttling_error(self, throttled, **kwargs):
        return throttled


def cubic_cases():
    cubic = throttling.CubicCalculator(starting_max_rate=10, start_time=5)
    steps = []
    script = [("success", 5.5), ("success", 7), ("error", 12, 8.0), ("success", 12.5), ("success", 14),
              ("success", 20), ("error", 21, 3.5), ("success", 21.1), ("success", 30)]
    for step in script:
        if step[0] == "success":
            rate = cubic.success_received(step[1])
            steps.append({"kind": "success", "time": step[1], "rate": rate})
        else:
            rate = cubic.error_received(step[2], step[1])
            steps.append({"kind": "error", "time": step[1], "currentRate": step[2], "rate": rate})
        params = cubic.get_params_snapshot()
        steps[-1].update({"wMax": params.w_max, "k": params.k, "lastFail": params.last_fail})
    return {"startingMaxRate": 10, "startTime": 5, "steps": steps}


def bucket_cases():
    clock = FakeClock(100)
    tokens = bucket.TokenBucket(max_rate=2, clock=clock)
    steps = []
    script = [("acquire", 100), ("acquire", 100.2), ("acquire", 100.7), ("acquire", 101.9), ("acquire", 101.95),
              ("rate", 102, 0.3), ("acquire", 102.5), ("acquire", 105), ("rate", 106, 5), ("acquire", 107),
              ("acquire", 107.1), ("rate", 107.2, 1.5), ("acquire", 107.3)]
    for step in script:
        clock.now = step[1]
        if step[0] == "rate":
            tokens.max_rate = step[2]
            steps.append({"kind": "rate", "time": step[1], "rate": step[2]})
        else:
            try:
                tokens.acquire(block=False)
                wait = 0.0
            except CapacityNotAvailableError:
                wait = tokens._sleep_amount(1)
            steps.append({"kind": "acquire", "time": step[1], "wait": wait})
        steps[-1].update({"capacity": tokens.available_capacity, "fillRate": tokens.max_rate,
                          "maxCapacity": tokens.max_capacity})
    return {"maxRate": 2, "startTime": 100, "steps": steps}


def limiter_cases():
    rng = random.Random(20261203)
    clock = FakeClock(1000.0)
    limiter = adaptive.ClientRateLimiter(
        rate_adjustor=throttling.CubicCalculator(starting_max_rate=0, start_time=clock.current_time()),
        rate_clocker=adaptive.RateClocker(clock),
        token_bucket=bucket.TokenBucket(max_rate=1, clock=clock),
        throttling_detector=Detector(),
        clock=clock,
    )
    steps = []
    for _ in range(200):
        clock.now = round(clock.now + rng.choice([0.05, 0.1, 0.2, 0.3, 0.7, 1.1]), 6)
        throttled = rng.random() < 0.2
        limiter.on_receiving_response(throttled=throttled)
        steps.append({
            "time": clock.now,
            "throttled": throttled,
            "enabled": limiter._enabled,
            "fillRate": limiter._token_bucket.max_rate,
            "capacity": limiter._token_bucket.available_capacity,
            "measuredRate": limiter._rate_clocker.measured_rate,
        })
    return {"seed": 20261203, "startTime": 1000.0, "steps": steps}


def main():
    fixture = {
        "botocore": botocore.__version__,
        "cubic": cubic_cases(),
        "bucket": bucket_cases(),
        "limiter": limiter_cases(),
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "botocore-adaptive.json")
    with open(path, "w") as out:
        json.dump(fixture, out, indent=1, sort_keys=True)
        out.write("\n")


if __name__ == "__main__":
    main()
