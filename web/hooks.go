package web

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"kefu"
	"kefu/hookspec"
	"kefu/ingest"
	"kefu/shopee"
	"kefu/stripe"
)

// hookMaxBody caps a webhook body. Stripe's largest events are a few
// hundred kilobytes; anything bigger is refused before it is read.
const hookMaxBody = 1 << 20

// Secrets a store holds for its webhooks. "webhook_secret" (what
// `kefu store add --webhook-secret` sets, with _2, _3 … during rotation)
// serves whichever of Stripe or the generic endpoint the store uses.
const (
	secretWebhook        = "webhook_secret"
	secretStripeWebhook  = "stripe_webhook_secret"
	secretGenericWebhook = "generic_webhook_secret"
	secretShopeeKey      = "shopee_partner_key"
	secretShopeeCallback = "shopee_callback_url" // the exact URL registered in Shopee's console, when a proxy rewrites it
)

// hookRequest is what every receiver does first: find the store, refuse
// oversized bodies early, read the exact bytes.
func (s *Server) hookRequest(w http.ResponseWriter, r *http.Request, source string) (*kefu.Store, []byte, error) {
	if r.ContentLength > hookMaxBody {
		s.rejected(source, "too_large")
		return nil, nil, &requestError{status: http.StatusRequestEntityTooLarge,
			err: kefu.Error{Code: kefu.ETOOLARGE, Message: "request body exceeds the limit of " + formatBytes(hookMaxBody)}}
	}
	store, err := s.svc.Stores.FindStoreBySlug(kefu.SystemContext(r.Context(), "hooks"), r.PathValue("store"))
	if err != nil {
		s.rejected(source, "unknown_store")
		if kefu.ErrorCode(err) == kefu.ENOTFOUND || kefu.ErrorCode(err) == kefu.EINVALID {
			return nil, nil, kefu.NotFound("store " + quoteSlug(r.PathValue("store")))
		}
		return nil, nil, err
	}
	body, err := readBody(r)
	if err != nil {
		s.rejected(source, "too_large")
		return nil, nil, err
	}
	return store, body, nil
}

// quoteSlug quotes a slug from the URL for an error message, bounded.
func quoteSlug(slug string) string {
	if len(slug) > 64 {
		slug = slug[:64]
	}
	return strconv.Quote(strings.ToValidUTF8(slug, "\uFFFD"))
}

func (s *Server) rejected(source, reason string) {
	if s.ingestMetrics != nil {
		s.ingestMetrics.Rejected.WithLabelValues(source, reason).Inc()
	}
}

// signatureError is a 400 naming what was wrong with the signature; the
// sender's retries will fail the same way, so a 4xx says "do not retry".
func (s *Server) signatureError(source, reason string, err error) error {
	s.rejected(source, reason)
	return &requestError{status: http.StatusBadRequest,
		err: kefu.Error{Code: kefu.EINVALID, Message: kefu.ErrorMessage(err), Field: "signature"}}
}

// accept archives the event and answers only after it is committed; a
// failure is a 503 so the sender retries.
func (s *Server) accept(r *http.Request, ev *ingest.Event) (bool, error) {
	if s.svc.Ingest == nil {
		return false, &requestError{status: http.StatusServiceUnavailable, err: kefu.Error{Code: kefu.EINTERNAL, Message: "ingest is not running"}}
	}
	ev.ReceivedAt = kefu.Now()
	dup, err := s.svc.Ingest.Accept(r.Context(), ev)
	if err != nil {
		if kefu.ErrorCode(err) == kefu.EINVALID {
			return false, err
		}
		s.log.Error("ingest: archive failed", "source", ev.Source, "err", err)
		return false, &requestError{status: http.StatusServiceUnavailable, err: kefu.Error{Code: kefu.EINTERNAL, Message: "the event could not be stored; retry later"}}
	}
	return dup, nil
}

// stripeHook receives a Stripe webhook: POST /hooks/stripe/{store}.
func (s *Server) stripeHook(w http.ResponseWriter, r *http.Request) error {
	store, body, err := s.hookRequest(w, r, ingest.SourceStripe)
	if err != nil {
		return err
	}
	secrets := append(store.Secrets.WithPrefix(secretStripeWebhook), store.Secrets.WithPrefix(secretWebhook)...)
	header := r.Header.Get("Stripe-Signature")
	if err := stripe.VerifySignature(header, body, secrets, s.stripeTolerance, time.Now()); err != nil {
		return s.signatureError(ingest.SourceStripe, stripe.Reason(err), err)
	}
	ev, err := stripe.DecodeEvent(body)
	if err != nil {
		s.rejected(ingest.SourceStripe, "malformed")
		return badRequest("", "%s", kefu.ErrorMessage(err))
	}
	dup, err := s.accept(r, &ingest.Event{Source: ingest.SourceStripe, StoreID: store.ID, ExternalID: ev.ID, Type: ev.Type,
		Verification: "stripe-signature:v1", Headers: map[string]string{"Stripe-Signature": header, "User-Agent": r.UserAgent()}, Payload: body,
		Prepared: ingest.PrepareStripe(ev)})
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"received": true, "duplicate": dup})
}

// shopeeHook receives a Shopee push: POST /hooks/shopee/{store}. Shopee
// wants a 2xx with an empty body, fast.
func (s *Server) shopeeHook(w http.ResponseWriter, r *http.Request) error {
	store, body, err := s.hookRequest(w, r, ingest.SourceShopee)
	if err != nil {
		return err
	}
	callback := store.Secrets[secretShopeeCallback]
	if callback == "" {
		callback = requestURL(r)
	}
	auth := r.Header.Get("Authorization")
	if err := shopee.VerifyPush(auth, callback, body, store.Secrets[secretShopeeKey]); err != nil {
		return s.signatureError(ingest.SourceShopee, shopee.Reason(err), err)
	}
	push, err := shopee.DecodePush(body)
	if err != nil {
		s.rejected(ingest.SourceShopee, "malformed")
		return badRequest("", "%s", kefu.ErrorMessage(err))
	}
	if _, err := s.accept(r, &ingest.Event{Source: ingest.SourceShopee, StoreID: store.ID, ExternalID: push.ExternalID(), Type: push.EventType(),
		Verification: shopee.Verification, Payload: body}); err != nil {
		return err
	}
	w.WriteHeader(http.StatusOK)
	return nil
}

// genericHook receives a Standard Webhooks delivery in kefu's generic
// schema: POST /hooks/generic/{store}.
func (s *Server) genericHook(w http.ResponseWriter, r *http.Request) error {
	store, body, err := s.hookRequest(w, r, ingest.SourceGeneric)
	if err != nil {
		return err
	}
	secrets := append(store.Secrets.WithPrefix(secretGenericWebhook), store.Secrets.WithPrefix(secretWebhook)...)
	msgID, err := hookspec.Verify(r.Header, body, secrets, hookspec.DefaultTolerance, time.Now())
	if err != nil {
		return s.signatureError(ingest.SourceGeneric, hookspec.Reason(err), err)
	}
	env, err := hookspec.DecodeEnvelope(body)
	if err != nil {
		s.rejected(ingest.SourceGeneric, "malformed")
		return badRequest(kefu.ErrorField(err), "%s", kefu.ErrorMessage(err))
	}
	dup, err := s.accept(r, &ingest.Event{Source: ingest.SourceGeneric, StoreID: store.ID, ExternalID: msgID, Type: env.Type,
		Verification: hookspec.Verification, Payload: body,
		// The signed timestamp orders a provider's events about one dispute.
		Headers: map[string]string{hookspec.HeaderID: msgID, hookspec.HeaderTimestamp: r.Header.Get(hookspec.HeaderTimestamp)}})
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"received": true, "duplicate": dup})
}

// requestURL rebuilds the URL the sender called, honouring a proxy's
// X-Forwarded-Proto, for signatures that cover the callback URL.
func requestURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	return scheme + "://" + r.Host + r.URL.Path
}
