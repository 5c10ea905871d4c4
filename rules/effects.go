package rules

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"kefu"
)

func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic("rules: marshal: " + err.Error())
	}
	return b
}

// RunEffect performs the translation of a JobRuleEffect job and
// records the outcome on the firing. It calls the provider outside any
// transaction; ctx should carry the caller's deadline for it. An error
// means "retry later"; when final is true (the last attempt) the failure
// is recorded on the firing instead of returned.
func (e *Engine) RunEffect(ctx context.Context, job *kefu.Job, final bool) error {
	var ef effect
	if err := json.Unmarshal(job.Payload, &ef); err != nil {
		return fmt.Errorf("rule effect job %d: bad payload: %w", job.ID, err) // retrying cannot help; the caller gives up
	}
	res, err := e.runEffect(ctx, &ef)
	if err != nil {
		if !final {
			return err
		}
		res = kefu.ActionResult{Type: ef.Type, Outcome: kefu.OutcomeFailed, Detail: kefu.Shorten(err.Error(), 500)}
	}
	if res.Outcome == "" {
		return nil // the ticket is gone
	}
	res.Type = ef.Type
	if err := e.Store.SetRuleFiringAction(ctx, ef.FiringID, ef.Index, res); err != nil && kefu.ErrorCode(err) != kefu.ENOTFOUND {
		return err
	}
	return nil
}

func (e *Engine) runEffect(ctx context.Context, ef *effect) (kefu.ActionResult, error) {
	t, err := e.Store.FindTicketByID(ctx, ef.TicketID)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		return kefu.ActionResult{}, nil
	} else if err != nil {
		return kefu.ActionResult{}, err
	}
	switch ef.Type {
	case kefu.ActionTranslate:
		if e.Translator == nil {
			return kefu.ActionResult{Outcome: kefu.OutcomeSkipped, Detail: "no translator is configured"}, nil
		}
		var source *kefu.Message
		for _, m := range t.Messages {
			if m.Direction == kefu.DirectionInbound && (ef.MessageID == 0 || m.ID == ef.MessageID) {
				source = m
			}
		}
		if source == nil || strings.TrimSpace(source.Text) == "" {
			return kefu.ActionResult{Outcome: kefu.OutcomeSkipped, Detail: "no buyer message to translate"}, nil
		}
		var text string
		if err := callProvider(func() (err error) {
			text, err = e.Translator.Translate(ctx, source.Text, t.Language, ef.Params.To)
			return err
		}); errors.Is(err, ErrUnavailable) {
			return kefu.ActionResult{Outcome: kefu.OutcomeSkipped, Detail: "the translator is switched off"}, nil
		} else if err != nil {
			return kefu.ActionResult{}, fmt.Errorf("translate: %w", err)
		}
		from := t.Language
		if from == "" {
			from = "?"
		}
		note := &kefu.Message{Direction: kefu.DirectionNote, Channel: "api", AuthorName: "Rule: " + ef.RuleName,
			Text: fmt.Sprintf("Translation of message %d (%s → %s):\n\n%s", source.ID, from, ef.Params.To, text)}
		if _, err := e.Store.AddMessage(ctx, t.ID, note); err != nil {
			if kefu.ErrorCode(err) == kefu.ECONFLICT { // closed meanwhile
				return kefu.ActionResult{Outcome: kefu.OutcomeSkipped, Detail: kefu.ErrorMessage(err)}, nil
			}
			return kefu.ActionResult{}, err
		}
		return kefu.ActionResult{Outcome: kefu.OutcomeDone, Detail: "translated to " + ef.Params.To, MessageID: note.ID}, nil
	}
	return kefu.ActionResult{}, fmt.Errorf("rule effect: unknown action %q", ef.Type)
}

// callProvider runs a call into another package's provider, turning a
// panic into an error: a broken alert channel or translator must not take
// the worker down with it.
func callProvider(fn func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("provider panicked: %v", p)
		}
	}()
	return fn()
}
