import ArgumentParser
import GaitWire

// The runner relays and caches payloads of up to a few MB (PayloadMemory says why this matters).
PayloadMemory.keepPayloadBuffersInHeap()
Gaitpipe.mainWithDocumentedExitCodes()
