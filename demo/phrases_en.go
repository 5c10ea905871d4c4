package demo

// English: Amazon US/UK, eBay, TikTok Shop US and the Shopify site.
var phrasesEN = &Phrasebook{
	Lang: "en",
	Names: []string{"Emily Carter", "James Wilson", "Olivia Brown", "Michael Johnson", "Sarah Thompson",
		"David Miller", "Jessica Davis", "Chris Anderson", "Hannah Clarke", "Tom Harris", "Aisha Patel",
		"Daniel Lee", "Megan O'Brien", "Ryan Walker", "Priya Shah", "George Evans"},
	Greetings: []string{"Hi,", "Hello,", "Hi there,", "Dear seller,", ""},
	Signoffs:  []string{"Thanks,\n{name}", "Regards,\n{name}", "{name}", "Thank you!\n{name}", "Sent from my iPhone"},
	Context: []string{
		"I'm a regular customer and this has never happened before.",
		"It was meant to be a birthday present.",
		"I'm travelling next week, so a quick answer would be appreciated.",
		"My email for this order is {email}.",
		"I've bought from your store several times before.",
		"Please reply here rather than calling me, I'm at work all day.",
	},
	Subjects: map[string][]string{
		"order_status":      {"Where is my order {order}?", "Tracking hasn't updated in {days} days", "When will my {product} arrive?"},
		"not_received":      {"Package marked delivered but not received", "Never received my order {order}", "Item not received - order {order}"},
		"not_as_described":  {"{product} arrived damaged", "Wrong item received", "{product} stopped working after 2 days"},
		"return_exchange":   {"Return request for order {order}", "Can I exchange for a different colour?", "How do I send the {product} back?"},
		"refund_request":    {"Refund request - order {order}", "Partial refund for scratched {product}?", "Refund for the missing charger"},
		"refund_delay":      {"Still waiting for my refund", "Refund not received after {days} days", "Where is my refund? Order {order}"},
		"cancel_order":      {"Ordered by mistake - please cancel {order}", "Need to change my shipping address", "Change quantity on order {order}"},
		"payment_issue":     {"Card declined at checkout", "Payment failed but money taken?", "PayPal checkout not working"},
		"duplicate_charge":  {"Charged twice for one order", "Double charge on my card", "I was charged {amount} two times"},
		"fx_dispute":        {"Charged more than the listed price", "Currency conversion fee on my statement", "Why was I charged in USD?"},
		"chargeback_threat": {"Refund me or I will dispute the charge", "Final notice before I contact my bank", "Filing a claim today"},
		"presale_question":  {"Is the {product} compatible with iPhone 15?", "Do you ship to Canada?", "Question about the {product}"},
	},
	Messages: map[string][]string{
		"order_status": {
			"I ordered the {product} (order {order}) {days} days ago and tracking number {tracking} still says \"label created\". Can you tell me when it will actually ship?",
			"My order {order} was supposed to arrive by Friday but the {carrier} tracking hasn't moved since it left the sorting facility. Is it stuck in customs? I need it for a birthday next week.",
			"Could you give me an update on order {order}? The tracking page just says \"in transit\" and there's no estimated delivery date.",
		},
		"not_received": {
			"Tracking for {tracking} says the parcel was delivered yesterday, but there is nothing at my door, in the mailroom or with my neighbours. Order {order}. What can you do?",
			"It's been {days} days and I still have not received my {product}. The tracking hasn't updated in over two weeks. I think the package is lost.",
			"My order {order} never arrived. {carrier} says it was returned to sender?? I didn't refuse anything. Please resend it or refund me.",
		},
		"not_as_described": {
			"The {product} arrived today with a cracked casing and it rattles when I shake it. The box was crushed too. I've attached photos. Order {order}.",
			"I ordered black but received a white {product}. Also the listing said USB-C but it came with a micro-USB cable. Please advise.",
			"The {product} worked for two days and now won't turn on at all, even after charging overnight. This is not the quality described in the listing.",
		},
		"return_exchange": {
			"I'd like to return the {product} from order {order} - it's still unopened. Can you send me a prepaid return label?",
			"The {product} is the wrong colour - I wanted the grey one. Can I exchange it instead of returning it?",
			"I've already packed the {product} to send it back. Which address should I ship it to, and do I need to put anything in the box?",
		},
		"refund_request": {
			"Please refund order {order}. The {product} doesn't do what I need and I would like my money back.",
			"The {product} has a few scratches on the front. I'll keep it if you can give me a partial refund, otherwise I'd like a full refund.",
			"Your colleague promised me a refund of {amount} for the missing charger. Can you process that please?",
		},
		"refund_delay": {
			"I returned the {product} two weeks ago and {carrier} shows it was delivered to you, but I still haven't got my refund of {amount}.",
			"You confirmed my refund {days} days ago but nothing has appeared on my card statement. Can you send me a refund reference number so I can check with my bank?",
			"Order {order}: my account says the refund was issued, but my bank says there is no pending credit. Where is my money?",
		},
		"cancel_order": {
			"I placed order {order} an hour ago by mistake. Please cancel it before it ships.",
			"I need to change the delivery address on order {order} because I'm moving on Friday. The new address is 4127 Maple Ave, Apt 3B, Columbus, OH 43215.",
			"Can I change the quantity on order {order} from 1 to 2? If not, please cancel it and I'll reorder.",
		},
		"payment_issue": {
			"Your checkout keeps declining my Visa even though my bank says there's nothing wrong with the card. Is there another way to pay?",
			"My payment failed with an error, but {amount} is showing as pending on my account. Did the order go through or not?",
			"I'm trying to pay with PayPal but the button just keeps spinning. I've tried two different browsers.",
		},
		"duplicate_charge": {
			"I was charged {amount} twice for order {order} - there are two identical transactions on my credit card statement on the same day. Please refund the duplicate.",
			"My card was billed two times for one {product}. I only placed one order. Please check and refund the extra charge.",
		},
		"fx_dispute": {
			"The listing said {amount} but my card was charged almost 8% more after conversion. I never agreed to a currency conversion fee. Can you explain?",
			"Why was I charged in US dollars? Your site showed prices in pounds, and now my bank has added a foreign transaction fee on top.",
		},
		"chargeback_threat": {
			"This is my third message about order {order}. If I don't get a full refund within 48 hours I will file a chargeback with my credit card company.",
			"I've waited {days} days without a reply. Today I'm reporting this seller and asking my bank to reverse the payment.",
			"Refund me now or I'm filing a claim with the marketplace and my card company. I'm done waiting.",
		},
		"presale_question": {
			"Is the {product} compatible with the iPhone 15 Pro, and does it support wireless charging?",
			"Do you ship to Canada, and how long does delivery usually take? Will I have to pay import duties?",
			"Before I buy the {product}: is it in stock in grey, and does it come with a warranty?",
		},
	},
	Replies: map[string][]string{
		"order_status": {
			"Thank you for reaching out. Your order {order} has left our warehouse and is with {carrier} (tracking {tracking}). It is in transit and should arrive within 3-5 business days. I'll keep an eye on it and let you know if anything changes.",
			"I checked with our warehouse: the {product} was handed to {carrier} this morning. The tracking {tracking} usually starts updating within 24 hours.",
		},
		"not_received": {
			"I'm sorry your parcel hasn't turned up. I have opened an investigation with {carrier} for tracking {tracking}. They usually answer within 48 hours; if the package can't be found we will send a replacement or refund you in full, whichever you prefer.",
		},
		"not_as_described": {
			"I'm very sorry the {product} arrived like this. Could you send us a photo of the item and of the shipping label? As soon as we have it we'll send a replacement free of charge - you don't need to return the damaged one.",
		},
		"return_exchange": {
			"No problem at all. I've emailed you a prepaid return label for order {order}. Please drop the parcel at any {carrier} location within 14 days. Once it's scanned we'll ship the replacement straight away.",
		},
		"refund_request": {
			"I've issued a refund of {amount} to your original payment method. Depending on your bank it may take 5-10 business days to appear on your statement.",
			"We're sorry the {product} didn't work out. Once the return is scanned by {carrier} we'll refund {amount} in full.",
		},
		"refund_delay": {
			"I checked order {order}: the refund of {amount} was processed on our side. Banks usually need 5-10 business days to post it. If it still isn't there after that, reply here and I'll send you the acquirer reference number (ARN) so your bank can trace it.",
		},
		"cancel_order": {
			"Done - order {order} has been cancelled before dispatch and you won't be charged. Let us know if you'd like to place a new order.",
			"I've updated the delivery address on order {order}. The parcel hasn't shipped yet, so it will go to the new address.",
		},
		"payment_issue": {
			"Sorry about the trouble at checkout. The pending amount is an authorization hold that your bank will release automatically within a few days; the order did not go through. You can try again or pay with PayPal.",
		},
		"duplicate_charge": {
			"You're right, I can see two charges of {amount}. The second one was a duplicate and I've just refunded it. It should be back on your card within 5-10 business days.",
		},
		"fx_dispute": {
			"Our store charges in USD; the difference comes from your card issuer's exchange rate and foreign transaction fee, which we don't receive. As a goodwill gesture I've refunded the difference.",
		},
		"chargeback_threat": {
			"I'm sorry it took us so long to reply. I've processed a full refund of {amount} for order {order} today, so there is no need to open a dispute - the money will be back in your account within 5-10 business days.",
		},
		"presale_question": {
			"Thanks for your interest! Yes, the {product} is in stock and ships within 24 hours. It comes with a 12-month warranty. Let me know if you have any other questions.",
		},
	},
	FollowUps:   []string{"Any update on this? It's been a few days.", "Hello? I still haven't heard back from you.", "Just following up on my message below.", "Is anyone actually reading these messages?"},
	PhotosSent:  []string{"I've attached the photos you asked for - please check.", "Photos of the item and the label are attached."},
	Thanks:      map[string][]string{"any": {"Got it, thank you for the quick help!", "Perfect, that solves it. Thanks!"}, "refund": {"The refund came through, thanks."}, "parcel": {"Parcel arrived today. Thanks for chasing it."}},
	Holding:     []string{"Thank you for your patience. I've passed your case to our warehouse and logistics team and will update you within 24 hours."},
	ReplyOpens:  []string{"Hi {name},", "Hello {name},", "Dear {name},"},
	ReplyCloses: []string{"Best regards,\n{agent}\n{store} Customer Service", "Kind regards,\n{agent}", "Thanks,\n{agent} | {store} Support"},
}
