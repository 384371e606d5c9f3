// CLibXML2: Debian's libxml2 (libxml2-dev) for GPX and TCX run files, read with its streaming
// reader (xmlTextReader): one node at a time, never a tree of the whole file.
#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, and its encoding header then includes the system's ICU
// headers, which clash with the ICU module Foundation brings. Nothing here touches the encoding
// handler structs those fields live in: the reader is given UTF-8 bytes (GPX and TCX are UTF-8).
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlreader.h>

// xmlFree is a global function pointer, which Swift 6 treats as shared mutable state.
static inline void clibxml2_free(void *p) { xmlFree(p); }
#endif
