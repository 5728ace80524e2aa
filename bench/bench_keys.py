"""What a guess at a signing key's passphrase costs: the key files' scrypt against the PBKDF2 they
replaced.

An attacker who copied a key file tries passphrases offline; each try derives the file's key once.
Times N derivations of each (after one warm-up) on one core and prints the median, the guesses a
second per core, and the memory each guess holds (what keeps a GPU from running thousands at once).
Also times opening a real key file (`keys.load_private_key`), which a juror waits for when signing.
Aim: at least 0.25 s per guess for the current files.

    .venv/bin/python bench/bench_keys.py [-n 5]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import time

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from jury_app.reports import keys

PASSPHRASE = "une phrase de test assez longue"


def _median(fn: object, n: int) -> float:
    assert callable(fn)
    fn()
    times = []
    for _ in range(n):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=5)
    n = parser.parse_args().n
    salt = os.urandom(16)

    def scrypt_guess() -> None:
        Scrypt(salt=salt, length=32, n=keys.SCRYPT_N, r=keys.SCRYPT_R, p=keys.SCRYPT_P).derive(PASSPHRASE.encode())

    def pbkdf2_guess() -> None:  # what OpenSSL's PKCS#8 encryption used: PBKDF2-SHA256, 2,048 iterations
        hashlib.pbkdf2_hmac("sha256", PASSPHRASE.encode(), salt, 2048, 32)

    key_pem, _cert = keys.create_juror_key(PASSPHRASE, "Banc d'essai", "Jury")

    def open_key() -> None:
        keys.load_private_key(key_pem, PASSPHRASE)

    memory = 128 * keys.SCRYPT_N * keys.SCRYPT_R / 1024**2  # the p lanes are worked one after the other
    rows = (
        (f"scrypt N=2^{keys.SCRYPT_N.bit_length() - 1} r={keys.SCRYPT_R} p={keys.SCRYPT_P}", scrypt_guess, memory),
        ("PBKDF2-SHA256 2048 (before)", pbkdf2_guess, 0.0),
        ("open a key file (scrypt + AES-GCM)", open_key, memory),
    )
    print(f"{'derivation':40} {'median s/guess':>15} {'guesses/s/core':>15} {'MiB/guess':>10}")
    medians = {}
    for label, fn, mib in rows:
        median = _median(fn, n)
        medians[label] = median
        print(f"{label:40} {median:15.4f} {1 / median:15.1f} {mib:10.0f}")
    ratio = medians[rows[0][0]] / medians[rows[1][0]]
    print(
        f"scrypt / PBKDF2 per guess: {ratio:,.0f}x; aim >= 0.25 s per guess: "
        f"{'met' if medians[rows[0][0]] >= 0.25 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
