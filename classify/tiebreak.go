package classify

// The taxonomy's tie-break: a message gets the one intent the buyer most
// needs from the seller now, and where it carries two, the later step in
// the after-sales chain wins — "not received, I want my money back" is
// not_received, "I returned it two weeks ago and still have no refund" is
// refund_delay, "refund me or I call my bank" is chargeback_threat.
//
// chainRank orders the intents along that chain; higher wins. The
// taxonomy's examples fix three pairs; the rest follow the order in which
// an after-sales case unfolds, as the demo phrasebooks (written by another
// engineer) label them:
//
//   - pre-sale, then tracking, then paying, come first;
//   - a defect is followed by a return or exchange ("wrong colour, can I
//     swap it?" is return_exchange), and both by the refund ("it stopped
//     working, I want my money back" and "return and refund" are
//     refund_request);
//   - cancelling comes after a refund ask ("cancel and refund me" is a
//     cancellation; the refund follows from it);
//   - a parcel that never arrived outranks the refund asked for it (the
//     taxonomy's first example);
//   - disputed charges, then a refund already promised and late, then a
//     threat to go to the bank come last.
var chainRank = [numIntents]int{ // in intentOrder
	2,  // order_status
	8,  // not_received
	4,  // not_as_described
	5,  // return_exchange
	6,  // refund_request
	11, // refund_delay
	7,  // cancel_order
	3,  // payment_issue
	10, // duplicate_charge
	9,  // fx_dispute
	12, // chargeback_threat
	1,  // presale_question
}

// Rule weights at which the lexicon says an intent is present in a
// message (strong) or that it names exactly what the buyer wants
// (decisive: "partial refund", "charged twice").
const (
	strongWeight   = 3
	decisiveWeight = 4
)

// tieBreak returns the intent the chain rule picks among the intents the
// lexicon found present, and whether that choice should override the
// scores: when two or more were present, or one decisively. A
// decisive phrase narrows the choice to the decisive intents: "it arrived
// scratched, can I get a partial refund?" is a refund request, not a
// complaint about the item. And a buyer who says they have not bought yet
// ("before I order: do you ship to Canada, and what if it arrives
// damaged?") is asking a pre-sale question whatever problems they imagine;
// only a threat outranks that.
func tieBreak(h *ruleHits) (winner int, contested bool) {
	level := float64(strongWeight)
	for _, b := range h.best {
		if b >= decisiveWeight {
			level = decisiveWeight
			break
		}
	}
	presale, threat := PresaleQuestion.index(), ChargebackThreat.index()
	if h.best[presale] >= decisiveWeight && h.best[threat] < decisiveWeight {
		return presale, true
	}
	winner, n := -1, 0
	for c, b := range h.best {
		if b < level {
			continue
		}
		n++
		if winner < 0 || chainRank[c] > chainRank[winner] {
			winner = c
		}
	}
	// One decisive intent is decided too: "where is the refund you
	// approved?" stays a late refund however much the word "refund"
	// alone suggests a request.
	return winner, n >= 2 || n == 1 && level == decisiveWeight
}
