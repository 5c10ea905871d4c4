package automation

import (
	"context"
	"strings"

	"kefu"
)

// Classification is what a classifier says about one buyer message.
type Classification struct {
	Intent     string  // one of kefu.Intents
	Language   string  // ISO 639-1, e.g. en, zh; "" or "und" when unknown
	Confidence float64 // of Intent, 0–1
}

// Classifier guesses a buyer message's intent and language (package
// classify). seller is the store's slug, so that each seller's own
// corrections count; platform is the store's platform.
type Classifier interface {
	Classify(seller, text, platform string) Classification
}

// ClassifierFunc adapts a function to Classifier.
type ClassifierFunc func(seller, text, platform string) Classification

// Classify calls f.
func (f ClassifierFunc) Classify(seller, text, platform string) Classification {
	return f(seller, text, platform)
}

// classify guesses the intent and language of the event's buyer message
// when the ticket lacks them. Notices are left alone: their kind comes
// from their source, and a notice has no buyer intent. nil means there is
// nothing to set. A classifier that panics is logged and ignored.
func (w *Worker) classify(ctx context.Context, ticketID int64, a kefu.Automation) (*Classification, error) {
	if w.Classifier == nil {
		return nil, nil
	}
	t, err := w.Store.FindTicketByID(ctx, ticketID)
	if err != nil {
		return nil, err
	}
	if t.NoticeKind != "" || (t.Intent != "" && t.Language != "") {
		return nil, nil
	}
	var msg *kefu.Message
	for _, m := range t.Messages {
		if m.Direction == kefu.DirectionInbound && (a.MessageID == 0 || m.ID == a.MessageID) {
			msg = m
		}
	}
	if msg == nil || strings.TrimSpace(msg.Text) == "" {
		return nil, nil
	}
	text := msg.Text
	if a.Event == kefu.EventTicketCreated && t.Subject != "" {
		text = t.Subject + "\n" + text // the subject often says it best: "Where is my order?"
	}
	store, err := w.Store.FindStoreByID(ctx, t.StoreID)
	if err != nil {
		return nil, err
	}
	var c Classification
	if err := w.safely(func() error { c = w.Classifier.Classify(store.Slug, text, store.Platform); return nil }); err != nil {
		w.Logger.Warn("automation: classifier failed", "ticket_id", ticketID, "err", err)
		return nil, nil
	}
	return &c, nil
}

// applyClassification writes a guess into the ticket, inside the job's
// transaction, where an agent (or an earlier event) has not set the
// values meanwhile.
func (w *Worker) applyClassification(ctx context.Context, ticketID int64, c *Classification) error {
	t, err := w.Store.FindTicketByID(ctx, ticketID)
	if err != nil {
		return err
	}
	var u kefu.TicketUpdate
	if t.Intent == "" && t.NoticeKind == "" && kefu.IsIntent(c.Intent) && c.Confidence >= w.MinConfidence {
		u.Intent = &c.Intent
	}
	lang := strings.ToLower(strings.TrimSpace(c.Language))
	if t.Language == "" && lang != "" && lang != "und" && len(lang) <= 8 {
		u.Language = &lang
	}
	if u.Intent == nil && u.Language == nil {
		return nil
	}
	_, err = w.Store.UpdateTicket(ctx, ticketID, u)
	if code := kefu.ErrorCode(err); code == kefu.ECONFLICT || code == kefu.EINVALID {
		w.Logger.Info("automation: classification not applied", "ticket_id", ticketID, "err", err)
		return nil // closed meanwhile, or a language code the domain refuses
	}
	return err
}
