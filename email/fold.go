package email

import (
	"kefu"

	"regexp"
	"strings"
)

// Quote headers: the line that starts quoted history in the reply styles
// our buyers' clients write (Gmail, Apple Mail, Outlook, QQ/163/Foxmail,
// Naver, Japanese and European clients).
var (
	onWrote  = regexp.MustCompile(`(?i)^\s*(on|am|le|el|il|em|op|den|w dniu|vào)\b.{0,300}\b(wrote|schrieb|a écrit|escribió|ha scritto|escreveu|schreef|skrev|napisał|đã viết)\s*:?\s*$`)
	cjkWrote = regexp.MustCompile(`(写道|寫道|書きました|のメッセージ|님이 작성|작성했습니다|เขียนว่า)\s*[：:]?\s*$`)
	original = regexp.MustCompile(`(?i)^\s*[-_=*]{2,}\s*(original message|原始邮件|原始郵件|mensaje original|message d'origine|ursprüngliche nachricht|messaggio originale|mensagem original|元のメッセージ|원본 메시지|tin nhắn gốc|reply message|回复的原邮件)\s*[-_=*]{2,}\s*$`)
	hdrFrom  = regexp.MustCompile(`(?i)^\s*\*?(from|发件人|發件人|寄件者|de|von|da|van|送信者|差出人|보낸 사람|từ)\s*\*?\s*[:：]`)
	hdrSent  = regexp.MustCompile(`(?i)^\s*\*?(sent|date|发送时间|發送時間|发送日期|日期|时间|寄件日期|gesendet|datum|envoyé|date d'envoi|enviado|fecha|inviato|data|送信日時|日時|보낸 날짜|ngày gửi)\s*\*?\s*[:：]`)
	hdrTo    = regexp.MustCompile(`(?i)^\s*\*?(to|subject|收件人|主题|主題|主旨|an|betreff|à|objet|para|asunto|a|oggetto|件名|宛先|받는 사람|제목|đến|chủ đề)\s*\*?\s*[:：]`)
	rule     = regexp.MustCompile(`^\s*[_\-=]{5,}\s*$`)
	sigDash  = regexp.MustCompile(`^--\s?$`)
	mobile   = regexp.MustCompile(`(?i)^\s*(sent from my .{1,40}|sent from (mail|outlook|yahoo mail|gmail|my phone).{0,40}|get outlook for (ios|android).{0,20}|发自我的.{1,20}|从我的.{1,20}发送|来自.{1,20}(客户端|邮箱)|iPhoneから送信)\s*$`)
)

// foldQuoted splits body text into the new text and the folded rest
// (relay wrappers, quoted history, signatures), both in reading order.
// It is conservative: when folding would leave nothing, the whole text is
// the new text.
func foldQuoted(text string, platform string) (newText, quoted string) {
	text = strings.TrimSpace(text)
	if text == "" {
		return "", ""
	}
	lines := strings.Split(text, "\n")
	folded := make([]bool, len(lines))
	from, to := unwrapRelay(lines, platform)
	for i := range lines {
		folded[i] = i < from || i >= to
	}
	if i := quoteStart(lines, from, to); i >= 0 {
		for j := i; j < to; j++ {
			folded[j] = true
		}
		to = i
	}
	to = foldSignature(lines, from, to, folded)
	for i := from; i < to; i++ {
		if strings.HasPrefix(strings.TrimLeft(lines[i], " \t"), ">") {
			folded[i] = true
		}
	}
	var kept, rest []string
	for i, l := range lines {
		if folded[i] {
			rest = append(rest, l)
		} else {
			kept = append(kept, l)
		}
	}
	newText = strings.TrimSpace(collapseBlankLines(strings.Join(kept, "\n")))
	if newText == "" {
		return text, ""
	}
	return newText, strings.TrimSpace(strings.Join(rest, "\n"))
}

// quoteStart returns the first line of quoted history in lines[from:to],
// or -1. A separator rule or blank lines just above it go with it.
func quoteStart(lines []string, from, to int) int {
	for i := from; i < to; i++ {
		l := lines[i]
		if len(l) > 600 {
			continue
		}
		hit := original.MatchString(l) || onWrote.MatchString(l) || cjkWrote.MatchString(l) && len(l) < 400
		if !hit && i+1 < to && strings.HasPrefix(strings.TrimSpace(l), "On ") && len(l)+len(lines[i+1]) < 500 {
			// Gmail wraps long attributions: "On Mon, … John Doe <\njohn@x.com> wrote:".
			hit = onWrote.MatchString(l + " " + lines[i+1])
		}
		if !hit && hdrFrom.MatchString(l) {
			hit = outlookBlock(lines[i+1 : min(to, i+6)])
		}
		if hit {
			for i > from && (rule.MatchString(lines[i-1]) || strings.TrimSpace(lines[i-1]) == "") {
				i--
			}
			return i
		}
	}
	return -1
}

// outlookBlock reports whether the lines after a "From:" line look like
// the rest of an Outlook reply header: a Sent/Date line and a To/Subject
// line. A lone "From:" in a buyer's text does not fold anything.
func outlookBlock(next []string) bool {
	sent, to := false, false
	for _, l := range next {
		sent = sent || hdrSent.MatchString(l)
		to = to || hdrTo.MatchString(l)
	}
	return sent && to
}

// foldSignature folds a "-- " signature (RFC 3676 §4.3) when it is near
// the end, and mobile-client taglines, returning the new end of text.
func foldSignature(lines []string, from, to int, folded []bool) int {
	for i := to - 1; i >= from && i >= to-25; i-- {
		if sigDash.MatchString(lines[i]) {
			for j := i; j < to; j++ {
				folded[j] = true
			}
			to = i
			break
		}
	}
	for i := to - 1; i >= from && i >= to-5; i-- {
		if mobile.MatchString(lines[i]) {
			folded[i] = true
		}
	}
	return to
}

// assembleBody joins the body parts: Text from text/plain (derived from
// the HTML when there is none), HTML sanitised, then quotes folded.
func (p *parser) assembleBody() {
	text := strings.TrimSpace(strings.Join(p.texts, "\n"))
	raw := strings.Join(p.htmls, "\n")
	if raw != "" {
		p.m.HTML = kefu.SanitizeHTML(raw)
		if text == "" {
			text = htmlToText(raw)
		}
	}
	p.m.Text, p.m.Quoted = foldQuoted(text, relayPlatform(p.m))
}
