// CSHA256: SHA-256 (FIPS 180-4) in C. Why C: the digest runs over every stage executable and every
// cached task payload, and unoptimised Swift (debug builds) hashes at ~2 MB/s; this C code stays
// fast at -O0 without unsafe build flags, which would stop other packages depending on StageKit.
#ifndef CSHA256_H
#define CSHA256_H
#include <stddef.h>
#include <stdint.h>

/// Writes the 32-byte SHA-256 of `length` bytes at `data` to `digest`.
void csha256_digest(const uint8_t *data, size_t length, uint8_t digest[32]);

#endif
