package search
import ("testing";"fmt")
func TestScratch(t *testing.T){
 for _, s := range []string{"我要申请退款","Tôi muốn hoàn tiền","john.doe@gmail.com","ＡＢＣ１２３ Größe Müller ÆØÅ İstanbul ΆΣΟΣ Ёлка йод","ฉันต้องการคืนเงิน สินค้าไม่ถึง","コーヒーが飲みたい","iPhone手机壳","hoa\u0300n tie\u0302\u0300n","한국어 환불을","か\u3099"} {
  fmt.Printf("%q -> %q\n", s, Tokens(s))
 }
 for _, s := range []string{"hoàn-tiền", "\"hoan tien\" 退款", "iphone手机", "退", "refund 123-1234567-1234567", "NEAR(a b) OR \"x\" * ^c col:val it's a\\b", "。。", "환불"} {
  q := Parse(s)
  fmt.Printf("%q -> %+v\n   %s\n   %s\n", s, q, q.FTS5(), q.TSQuery())
 }
 fmt.Println(TSVector(Tokens("a b a c a")))
 fmt.Println(Snippet("Xin chào, Tôi muốn hoàn tiền <script>alert(1)</script>", Parse("hoan tien"), 0))
 fmt.Println(Snippet("我要申请退款，物流太慢了", Parse("申请退款 物流"), 0))
}
