package translate

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/sync/singleflight"

	"kefu"
)

// Cache keeps translations across restarts and replicas; storage.DB
// implements it.
type Cache interface {
	// FindTranslation returns a kefu.ENOTFOUND error when none is kept.
	FindTranslation(ctx context.Context, provider, target, sourceSHA256 string) (*kefu.CachedTranslation, error)
	// SaveTranslation keeps t, replacing what was kept under its key.
	SaveTranslation(ctx context.Context, t *kefu.CachedTranslation) error
}

// MaxTextLen bounds a text to translate: a message body's limit.
const MaxTextLen = kefu.MaxBodyLen

// memoryBytes bounds the in-memory cache in front of Cache.
const memoryBytes = 8 << 20

// flightTimeout bounds one translation however many requests a long text
// takes; each request is also bounded by the HTTP client's timeout.
const flightTimeout = time.Minute

// maxRetryWait is the longest pause a throttled provider may ask for
// before kefu retries once; longer, and the agent gets the error now.
const maxRetryWait = 5 * time.Second

// Service translates for agents: the provider, a cache in the database
// and a small one in memory in front of it. Concurrent requests for the
// same text share one call to the provider. A nil Service, or one without
// a provider, is off: Enabled is false and Translate returns ErrOff.
type Service struct {
	provider   Provider
	cache      Cache
	log        *slog.Logger
	mem        *lru
	flights    singleflight.Group
	retryDelay time.Duration // pause before retrying a throttled request without Retry-After
}

// NewService returns a Service over p (nil: off) with cache c (nil: memory
// only). A nil logger discards the cache's failures, which never stop a
// translation.
func NewService(p Provider, c Cache, log *slog.Logger) *Service {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Service{provider: p, cache: c, log: log, mem: newLRU(memoryBytes), retryDelay: time.Second}
}

// Enabled reports whether a provider is configured.
func (s *Service) Enabled() bool { return s != nil && s.provider != nil }

// ProviderName names the provider, or "" when the Service is off.
func (s *Service) ProviderName() string {
	if !s.Enabled() {
		return ""
	}
	return s.provider.Name()
}

// Check validates a request to translate text from source (may be empty)
// into target and returns the languages as kefu codes. Translate calls it
// first, so bad input is answered the same whether translation is on or
// off; callers may call it to check their input before anything else.
func Check(text, source, target string) (src, tgt string, err error) {
	switch {
	case strings.TrimSpace(text) == "":
		return "", "", kefu.Invalid("text", "text is required")
	case !utf8.ValidString(text):
		return "", "", kefu.Invalid("text", "text is not valid UTF-8")
	case strings.ContainsRune(text, 0):
		return "", "", kefu.Invalid("text", "text contains a NUL character")
	case len(text) > MaxTextLen:
		return "", "", kefu.Invalid("text", "text is longer than %d bytes", MaxTextLen)
	}
	return CheckLanguages(source, target)
}

// CheckLanguages validates a source (may be empty) and a target language
// and returns them as kefu codes.
func CheckLanguages(source, target string) (src, tgt string, err error) {
	if strings.TrimSpace(target) == "" {
		return "", "", kefu.Invalid("target", "target is required: the language to translate into, such as zh or en")
	}
	if tgt, err = Normalize("target", target); err != nil {
		return "", "", err
	}
	if strings.TrimSpace(source) != "" {
		if src, err = Normalize("source", source); err != nil {
			return "", "", err
		}
	}
	return src, tgt, nil
}

// Translate translates text from source (empty: let the provider detect
// it) into target, both language tags that Normalize reads. cached reports
// that the translation was kept from before and the provider not asked.
//
// The returned DetectedSource is source, normalised, when one was given.
// Errors: a *kefu.Error naming the field (text, source, target) for bad
// input (see Check) or a language the provider cannot do; then ErrOff; a
// *ProviderError when the provider fails; ctx's error when the caller
// gave up.
func (s *Service) Translate(ctx context.Context, text, source, target string) (t Translation, cached bool, err error) {
	src, tgt, err := Check(text, source, target)
	if err != nil {
		return Translation{}, false, err
	}
	if !s.Enabled() {
		return Translation{}, false, ErrOff
	}
	if src == tgt {
		return Translation{Text: text, DetectedSource: src}, false, nil // nothing to pay for
	}

	sum := sha256.Sum256([]byte(text))
	hash := hex.EncodeToString(sum[:])
	name := s.provider.Name()
	key := name + "\x00" + tgt + "\x00" + hash
	if t, ok := s.mem.get(key); ok {
		return withSource(t, src), true, nil
	}
	// The flight runs detached from the first caller, so that caller
	// leaving does not fail the others waiting for the same text.
	ch := s.flights.DoChan(key, func() (any, error) {
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), flightTimeout)
		defer cancel()
		return s.lookupOrTranslate(fctx, key, name, tgt, hash, text, src)
	})
	select {
	case <-ctx.Done():
		return Translation{}, false, ctx.Err()
	case r := <-ch:
		if r.Err != nil {
			return Translation{}, false, r.Err
		}
		res := r.Val.(flightResult)
		return withSource(res.t, src), res.cached, nil
	}
}

type flightResult struct {
	t      Translation
	cached bool
}

// withSource reports the source the caller gave, when it gave one.
func withSource(t Translation, src string) Translation {
	if src != "" {
		t.DetectedSource = src
	}
	return t
}

func (s *Service) lookupOrTranslate(ctx context.Context, key, name, tgt, hash, text, src string) (flightResult, error) {
	if s.cache != nil {
		c, err := s.cache.FindTranslation(ctx, name, tgt, hash)
		switch {
		case err == nil:
			t := Translation{Text: c.Text, DetectedSource: c.DetectedSource}
			s.mem.add(key, t)
			return flightResult{t, true}, nil
		case kefu.ErrorCode(err) != kefu.ENOTFOUND:
			// A broken cache costs money, not translations.
			s.log.Warn("translation cache read failed", "provider", name, "err", err)
		}
	}
	t, err := s.translate(ctx, text, src, tgt)
	if err != nil {
		return flightResult{}, err
	}
	s.mem.add(key, t)
	if s.cache != nil {
		err := s.cache.SaveTranslation(ctx, &kefu.CachedTranslation{
			Provider: name, Target: tgt, SourceSHA256: hash, Text: t.Text, DetectedSource: t.DetectedSource,
		})
		if err != nil {
			s.log.Warn("translation cache write failed", "provider", name, "err", err)
		}
	}
	return flightResult{t, false}, nil
}

// translate asks the provider, in as many requests as its limits need.
func (s *Service) translate(ctx context.Context, text, src, tgt string) (Translation, error) {
	lim := Limits{MaxTexts: 1, MaxRunes: 5000}
	if l, ok := s.provider.(limited); ok {
		lim = l.Limits()
	}
	type piece struct {
		lead, core, trail string
		sent              int // index into texts; -1 when there is nothing to translate
	}
	var (
		pieces []piece
		texts  []string
	)
	for _, p := range splitText(text, lim) {
		lead, core, trail := trimSpace(p)
		pc := piece{lead: lead, core: core, trail: trail, sent: -1}
		if core != "" {
			pc.sent = len(texts)
			texts = append(texts, core)
		}
		pieces = append(pieces, pc)
	}
	got := make([]Translation, len(texts))
	for _, batch := range batches(texts, lim) {
		in := make([]string, len(batch))
		for i, j := range batch {
			in[i] = texts[j]
		}
		out, err := s.call(ctx, in, src, tgt)
		if err != nil {
			return Translation{}, err
		}
		for i, j := range batch {
			got[j] = out[i]
		}
	}
	var b strings.Builder
	detected := ""
	for _, pc := range pieces {
		b.WriteString(pc.lead)
		if pc.sent >= 0 {
			b.WriteString(got[pc.sent].Text)
			if detected == "" {
				detected = got[pc.sent].DetectedSource
			}
		}
		b.WriteString(pc.trail)
	}
	if detected == "" {
		detected = src
	}
	return Translation{Text: b.String(), DetectedSource: detected}, nil
}

// call sends one request, and once more after a pause when the provider
// is throttling or briefly down.
func (s *Service) call(ctx context.Context, texts []string, src, tgt string) ([]Translation, error) {
	for attempt := 0; ; attempt++ {
		out, err := s.provider.Translate(ctx, texts, src, tgt)
		if err == nil && len(out) != len(texts) {
			err = &ProviderError{Provider: s.provider.Name(), Message: fmt.Sprintf("%d translations for %d texts", len(out), len(texts))}
		}
		var pe *ProviderError
		if err == nil || attempt > 0 || !errors.As(err, &pe) || !pe.Retryable || pe.RetryAfter > maxRetryWait {
			return out, err
		}
		wait := s.retryDelay
		if pe.RetryAfter > 0 {
			wait = pe.RetryAfter
		}
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			return nil, err
		case <-timer.C:
		}
	}
}
