// CProtobufC: exposes Debian's libprotobuf-c (libprotobuf-c-dev, 1.4) to Swift. Header only.
#ifndef CPROTOBUFC_SHIM_H
#define CPROTOBUFC_SHIM_H
#include <protobuf-c/protobuf-c.h>
#endif
