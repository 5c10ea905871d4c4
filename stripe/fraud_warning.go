package stripe

import (
	"strings"
	"time"
)

// FraudWarning is a Radar early fraud warning: the issuer reports the
// charge as fraud before any dispute. While Actionable, refunding the
// charge usually prevents the chargeback and its fee.
type FraudWarning struct {
	EventType       string
	ID              string // issfr_…
	ChargeID        string
	PaymentIntentID string
	FraudType       string // made_with_stolen_card, unauthorized_use_of_card, …
	Actionable      bool
	Created         time.Time
}

type fraudWarningObject struct {
	ID            string       `json:"id"`
	Object        string       `json:"object"`
	Actionable    bool         `json:"actionable"`
	Charge        expandableID `json:"charge"`
	PaymentIntent expandableID `json:"payment_intent"`
	FraudType     string       `json:"fraud_type"`
	Created       int64        `json:"created"`
}

func decodeFraudWarning(ev *Event) (*FraudWarning, Links, error) {
	var o fraudWarningObject
	if err := decodeObject(ev, &o, "radar.early_fraud_warning", &o.ID, &o.Object); err != nil {
		return nil, Links{}, err
	}
	w := &FraudWarning{
		EventType:       ev.Type,
		ID:              o.ID,
		ChargeID:        string(o.Charge),
		PaymentIntentID: string(o.PaymentIntent),
		FraudType:       o.FraudType,
		Actionable:      o.Actionable,
		Created:         unixTime(o.Created),
	}
	return w, Links{ChargeID: w.ChargeID, PaymentIntentID: w.PaymentIntentID}, nil
}

// Summary is the notice line, e.g. "Early fraud warning: made_with_stolen_card
// on ch_…, actionable: a refund now avoids a dispute".
func (w FraudWarning) Summary() string {
	head := "Early fraud warning"
	if w.EventType == "radar.early_fraud_warning.updated" {
		head += " updated"
	}
	parts := []string{w.FraudType}
	if w.ChargeID != "" {
		parts[0] = strings.TrimSpace(w.FraudType + " on " + w.ChargeID)
	}
	if w.Actionable {
		parts = append(parts, "actionable: a refund now avoids a dispute")
	} else {
		parts = append(parts, "no longer actionable")
	}
	return head + ": " + strings.Join(nonEmpty(parts), ", ")
}
