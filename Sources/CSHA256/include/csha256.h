// CSHA256: SHA-256 (FIPS 180-4) for Swift, computed by OpenSSL's libcrypto. Why a C shim: the
// digest runs over every stage executable and every cached task payload, so it must be fast in
// debug builds too, and libcrypto uses the CPU's SHA extensions (sha256.c).
#ifndef CSHA256_H
#define CSHA256_H
#include <stddef.h>
#include <stdint.h>

/// Writes the 32-byte SHA-256 of `length` bytes at `data` to `digest`.
void csha256_digest(const uint8_t *data, size_t length, uint8_t digest[32]);

/// Incremental SHA-256 over several buffers (no concatenated copy): new, update…, finish (which
/// writes the digest and frees the context).
typedef struct csha256_context csha256_context;
csha256_context *csha256_new(void);
void csha256_update(csha256_context *context, const uint8_t *data, size_t length);
void csha256_finish(csha256_context *context, uint8_t digest[32]);

#endif
