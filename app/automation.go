package app

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"kefu/automation"
	"kefu/classify"
	"kefu/compliance"
	"kefu/rules"
	"kefu/translate"
)

// newAutomation builds the rules engine and the worker that runs it after
// every new ticket and buyer message: classification, the SLA clocks,
// the rules (auto-replies through the compliance check, alerts on the
// team's channels, translations when a provider is configured). Open
// calls it after the translation service and the SLA engine exist.
func (a *App) newAutomation() (*rules.Engine, *automation.Worker) {
	eng := &rules.Engine{
		Store:  a.db,
		Guard:  complianceGuard,
		Alerts: a.db, // queued with the event; the alert dispatcher sends them
		Logger: a.logger,
		TicketURL: func(id int64) string {
			if base := a.publicURL(); base != "" {
				return base + "/tickets/" + strconv.FormatInt(id, 10)
			}
			return ""
		},
	}
	if a.translation != nil && a.translation.Enabled() {
		eng.Translator = translatorFor(a.translation)
	}
	w := &automation.Worker{
		Store:      a.db,
		Engine:     eng,
		Classifier: classifierFor(a.classifier.Classifier),
		Logger:     a.logger,
		BaseURL:    a.publicURL,
	}
	if a.sla != nil {
		w.SLA = a.sla
	}
	return eng, w
}

// runAutomation works through automation jobs until ctx ends.
func (a *App) runAutomation(ctx context.Context) {
	_ = a.automation.Run(ctx)
}

// complianceGuard runs an auto-reply through package compliance: a
// blocking finding on the store's platform keeps it from being sent.
var complianceGuard = rules.GuardFunc(func(platform, text string) (bool, []string) {
	r := compliance.Check(compliance.Platform(platform), text)
	var findings []string
	for _, v := range r.Violations {
		if v.Blocking {
			findings = append(findings, fmt.Sprintf("%s: %q (%s)", v.Kind, v.Excerpt, v.Rule))
		}
	}
	return r.Blocked, findings
})

// classifierFor adapts package classify to the worker. The platform is
// not used by the model: a seller's corrections already carry it.
func classifierFor(c *classify.Classifier) automation.Classifier {
	return automation.ClassifierFunc(func(seller, text, platform string) automation.Classification {
		r := c.Classify(seller, text)
		return automation.Classification{Intent: string(r.Intent), Language: r.Language, Confidence: r.Confidence}
	})
}

// translatorFor adapts the translation service; "off" is not a failure
// to retry but a reason to skip.
func translatorFor(s *translate.Service) rules.Translator {
	return rules.TranslatorFunc(func(ctx context.Context, text, from, to string) (string, error) {
		t, _, err := s.Translate(ctx, text, from, to)
		if errors.Is(err, translate.ErrOff) {
			return "", fmt.Errorf("%w: %v", rules.ErrUnavailable, err)
		}
		return t.Text, err
	})
}
