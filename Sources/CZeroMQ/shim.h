// CZeroMQ: exposes Debian's libzmq (libzmq3-dev, 4.3.4) to Swift. Header only.
#ifndef CZEROMQ_SHIM_H
#define CZEROMQ_SHIM_H
#include <zmq.h>
#endif
