package app

import (
	"context"
	"time"

	"kefu"
	"kefu/classify"
)

// correctionsPoll is how often a replica looks for intent corrections
// that agents made, on it or on another replica.
const correctionsPoll = 5 * time.Second

// classifier is the built-in model plus the sellers' corrections; a
// replica keeps it current by following the corrections table.
type classifier struct {
	*classify.Classifier
	lastID int64
}

// newClassifier replays every stored correction into a fresh classifier.
func (a *App) newClassifier(ctx context.Context) (*classifier, error) {
	c := &classifier{Classifier: classify.New(classify.Default())}
	var all []classify.Correction
	ctx = kefu.SystemContext(ctx, "classifier")
	for {
		batch, err := a.db.IntentCorrectionsAfter(ctx, c.lastID, 1000)
		if err != nil {
			return nil, err
		}
		for _, k := range batch {
			all = append(all, correctionOf(k))
			c.lastID = k.ID
		}
		if len(batch) < 1000 {
			break
		}
	}
	if err := c.Load(all); err != nil {
		a.logger.Warn("classifier: stored corrections not loaded", "err", err)
	}
	return c, nil
}

// followCorrections teaches the classifier corrections made since it
// last looked, until ctx ends: a correction counts without a restart.
func (a *App) followCorrections(ctx context.Context) {
	t := time.NewTicker(correctionsPoll)
	defer t.Stop()
	sctx := kefu.SystemContext(ctx, "classifier")
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		batch, err := a.db.IntentCorrectionsAfter(sctx, a.classifier.lastID, 1000)
		if err != nil {
			if ctx.Err() == nil {
				a.logger.Warn("classifier: reading corrections", "err", err)
			}
			continue
		}
		for _, k := range batch {
			if err := a.classifier.Learn(k.Seller, k.Text, k.Language, classify.Intent(k.Intent)); err != nil {
				a.logger.Warn("classifier: correction not learned", "id", k.ID, "err", err)
			}
			a.classifier.lastID = k.ID
		}
	}
}

func correctionOf(k *kefu.IntentCorrection) classify.Correction {
	return classify.Correction{Seller: k.Seller, Text: k.Text, Language: k.Language, Intent: classify.Intent(k.Intent)}
}
