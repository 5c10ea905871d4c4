package email

// Options bound the work and memory Parse spends on one message. A zero
// field takes its default; limits are what keep a hostile mail (a MIME
// bomb, a 50 MB attachment, a megabyte header) from hurting ingest.
type Options struct {
	MaxBytes           int64 // whole raw message; more is rejected with ETOOLARGE (default 25 MiB)
	MaxParts           int   // MIME parts read; the rest are skipped, Truncated set (default 200)
	MaxDepth           int   // multipart nesting; deeper parts are skipped (default 10)
	MaxAttachmentBytes int64 // decoded size of one attachment; bigger ones are dropped (default 10 MiB, Amazon's limit)
	MaxHeaderBytes     int   // the top header block; the rest of the header is cut (default 256 KiB)
	MaxTextBytes       int   // decoded Text and HTML each; the rest is cut (default 256 KiB)
}

// Defaults of Options.
const (
	DefaultMaxBytes           = 25 << 20
	DefaultMaxParts           = 200
	DefaultMaxDepth           = 10
	DefaultMaxAttachmentBytes = 10 << 20
	DefaultMaxHeaderBytes     = 256 << 10
	DefaultMaxTextBytes       = 256 << 10
)

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxParts <= 0 {
		o.MaxParts = DefaultMaxParts
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.MaxAttachmentBytes <= 0 {
		o.MaxAttachmentBytes = DefaultMaxAttachmentBytes
	}
	if o.MaxHeaderBytes <= 0 {
		o.MaxHeaderBytes = DefaultMaxHeaderBytes
	}
	if o.MaxTextBytes <= 0 {
		o.MaxTextBytes = DefaultMaxTextBytes
	}
	return o
}
