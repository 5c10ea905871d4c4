// Package email understands one inbound email: it parses the raw bytes
// within explicit limits (Parse), folds quoted history and signatures away
// from the new text, recognises marketplace relay mail (Platform), order
// numbers (OrderNumbers), sender authenticity and phishing (Authenticity),
// provider notices such as disputes (Notice) and the keys that thread a
// reply onto its ticket (Thread).
//
// It does no I/O of its own except the DKIM key lookup in Authenticity,
// which is injectable. The ingest pipeline archives the raw bytes first,
// so everything here may be lossy in favour of safety: hostile input is
// truncated, never trusted to size an allocation, and never unpacked.
package email
