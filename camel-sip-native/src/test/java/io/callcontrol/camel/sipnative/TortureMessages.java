package io.callcontrol.camel.sipnative;

import java.util.ArrayList;
import java.util.List;

/**
 * Requests modelled on the RFC 4475 (SIP torture test messages) descriptions, written for this agent: each
 * one's top Via points back at the test's socket ({@code $HOST:$LPORT}), so that an answer can reach it.
 * {@code valid} ones must be answered (any final status); invalid ones must get 400 / 505 or no answer, and
 * must never reach a route.
 */
final class TortureMessages {

    record Torture(String name, boolean valid, String template, boolean udpOnly) {
        @Override
        public String toString() {
            return name;
        }
    }

    private TortureMessages() {
    }

    static final String SDP = """
            v=0
            o=torture 29739 7272939 IN IP4 127.0.0.1
            s=-
            c=IN IP4 127.0.0.1
            t=0 0
            m=audio 49217 RTP/AVP 0 12
            m=video 3227 RTP/AVP 31
            a=rtpmap:31 LPC
            """;

    static List<Torture> all() {
        List<Torture> t = new ArrayList<>();
        // ---------------------------------------------------------------- 3.1.1 valid messages
        // 3.1.1.1 a short tortuous INVITE: odd case, folding, odd spacing, escaped quotes, compact forms, unknown headers
        t.add(new Torture("wsinv", true, """
                INVITE sip:vivekg@$HOST:$PORT;unknownparam SIP/2.0
                TO :
                 sip:vivekg@$HOST ;   tag    = 1918181833n
                from   : "J Rosenberg \\\\\\"" <sip:jdrosen@example.com>
                  ;
                  tag = 98asjd8
                MaX-fOrWaRdS: 0068
                Call-ID: wsinv.ndaksdj@$CALLID
                Content-Length   : $CL
                cseq: 0009
                  INVITE
                Via  : SIP  /   2.0
                 /$TRANSPORT
                    $HOST:$LPORT;branch=$BRANCH
                Via  :  SIP/2.0/UDP 192.0.2.2;branch=z9hG4bK-390skdjuw
                s :
                NewFangledHeader:   newfangled value
                 continued newfangled value
                UnknownHeaderWithUnusualValue: ;;,,;;,;
                Content-Type: application/sdp
                Route:
                 <sip:services.example.com;lr;unknownwith=value;unknown-no-value>
                v:  SIP  / 2.0  / TCP     spindle.example.com   ;
                  branch  =   z9hG4bK9ikj8  ,
                 SIP  /    2.0   / UDP  192.168.255.111   ; branch=
                 z9hG4bK30239
                m:"Quoted string \\"\\"" <sip:jdrosen@example.com> ; newparam =
                      newvalue ;
                  secondparam ; q = 0.33

                """ + SDP, false));
        // 3.1.1.2 a method made of every token character, with an URI and headers full of unusual characters
        t.add(new Torture("intmeth", true, """
                !interesting-Method0123456789_*+`.%indeed'~ sip:1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*:&it+has=1,weird!*pas$wo~d_too.(doesn't-it)@$HOST:$PORT SIP/2.0
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                To: "BEL:\\\007 NUL:\\\000 DEL:\\\177" <sip:1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*@example.com>
                From: token1~` token2'+_ token3*%!.- <sip:mundane@example.com>;fromParam''~+*_!.-%="\u0440\u0430\u0431\u043e\u0442\u0430\u044e\u0449\u0438\u0439";tag=_token~1'+`*%!-.
                Call-ID: intmeth.word%ZK-!.*_+'@word`~)(><:\\/"][?}{
                CSeq: 139122385 !interesting-Method0123456789_*+`.%indeed'~
                Max-Forwards: 255
                extensionHeader-!.%*+_`'~:\ufeff\u5927\u505c\u96fb
                Content-Length: 0

                """, false));
        // 3.1.1.3 escaped characters in the Request-URI, To, From and Contact
        t.add(new Torture("esc01", true, """
                INVITE sip:sips%3Auser%40example.com@$HOST:$PORT SIP/2.0
                To: sip:%75se%72@example.com
                From: <sip:I%20have%20spaces@example.net>;tag=938
                Max-Forwards: 87
                i: esc01.239409asdfakjkn23onasd0-3234@$CALLID
                CSeq: 234234 INVITE
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                C: application/sdp
                Contact:
                  <sip:cal%6Cer@host5.example.net;%6C%72;n%61me=v%61lue%25%34%31>
                Content-Length: $CL

                """ + SDP, false));
        // 3.1.1.4 an escaped NUL in user parts
        t.add(new Torture("escnull", true, """
                REGISTER sip:$HOST:$PORT SIP/2.0
                To: sip:null-%00-null@example.com
                From: sip:null-%00-null@example.com;tag=839923423
                Max-Forwards: 70
                Call-ID: escnull.39203ndfvkjdasfkq3w4otrq0adsfdfnavd@$CALLID
                CSeq: 14398234 REGISTER
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Contact: <sip:%00@host5.example.com>
                Contact: <sip:%00%00@host5.example.com>
                L:0

                """, false));
        // 3.1.1.6 no whitespace between display name and <
        t.add(new Torture("lwsdisp", true, """
                OPTIONS sip:user@$HOST:$PORT SIP/2.0
                To: sip:user@example.com
                From: caller<sip:caller@example.com>;tag=323
                Max-Forwards: 70
                Call-ID: lwsdisp.1234abcd@$CALLID
                CSeq: 60 OPTIONS
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                l: 0

                """, false));
        // 3.1.1.7 long values everywhere, many Via headers
        t.add(new Torture("longreq", true, longRequest(), false));
        // 3.1.1.8 two requests in one datagram: only the first is processed
        t.add(new Torture("dblreq", true, """
                OPTIONS sip:user@$HOST:$PORT SIP/2.0
                To: sip:j.user@example.com
                From: sip:j.user@example.com;tag=43251j3j324
                Max-Forwards: 8
                Call-ID: dblreq.0ha0isndaksdj99sdfafnl3lk233412@$CALLID
                Contact: sip:j.user@host.example.com
                CSeq: 8 OPTIONS
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Content-Length: 0

                INVITE sip:joe@example.com SIP/2.0
                t: sip:joe@example.com
                From: sip:caller@example.net;tag=141334
                Max-Forwards: 8
                Call-ID: dblreq.0ha0isnda977644900765@example.net
                CSeq: 8 INVITE
                Via: SIP/2.0/UDP 192.0.2.15;branch=z9hG4bKkdjuw380234
                Content-Type: application/sdp
                Content-Length: 0

                """, true));
        // 3.1.1.9 a semicolon-separated parameter in the user part
        t.add(new Torture("semiuri", true, """
                OPTIONS sip:user;par=u%40example.net@$HOST:$PORT SIP/2.0
                To: sip:j_user@example.com
                From: sip:caller@example.org;tag=33242
                Max-Forwards: 3
                Call-ID: semiuri.0ha0isndaksdj@$CALLID
                CSeq: 8 OPTIONS
                Accept: application/sdp, application/pkcs7-mime,
                        multipart/mixed, multipart/signed,
                        message/sip, message/sipfrag
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                l: 0

                """, false));
        // 3.1.1.10 Via headers with unusual and unknown transports
        t.add(new Torture("transports", true, """
                OPTIONS sip:user@$HOST:$PORT SIP/2.0
                To: sip:user@example.com
                From: <sip:caller@example.com>;tag=323
                Max-Forwards: 70
                Call-ID: transports.kijh4akdnaqjkwendsasfdj@$CALLID
                Accept: application/sdp
                CSeq: 60 OPTIONS
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Via: SIP/2.0/SCTP t2.example.com;branch=z9hG4bKklasjdhf
                Via: SIP/2.0/TLS t3.example.com;branch=z9hG4bK2980unddj
                Via: SIP/2.0/UNKNOWN t4.example.com;branch=z9hG4bKasd0f3en
                Via: SIP/2.0/TCP t5.example.com;branch=z9hG4bK0a9idfnee
                l: 0

                """, false));
        // 3.1.1.11 a multipart body with an SDP part and a binary part
        t.add(new Torture("mpart01", true, """
                MESSAGE sip:camel@$HOST:$PORT SIP/2.0
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Max-Forwards: 70
                From: "Bob" <sip:bob@biloxi.example.com>;tag=2a939d6a
                To: <sip:camel@$HOST>
                Call-ID: mpart01.9d1b3@$CALLID
                CSeq: 1 MESSAGE
                Content-Type: multipart/mixed;boundary=++
                Content-Length: $CL

                --++
                Content-Type: text/plain

                still alive?
                --++
                Content-Type: application/octet-stream
                Content-Transfer-Encoding: binary

                \u00f0\u00c9\u0001\u0002\u0080\u00ff
                --++--
                """, false));
        // 3.3.6 an unknown extension in Require: 420
        t.add(new Torture("bext01", true, """
                OPTIONS sip:user@$HOST:$PORT SIP/2.0
                To: sip:j_user@example.com
                From: sip:caller@example.net;tag=242etr
                Max-Forwards: 6
                Call-ID: bext01.0ha0isndaksdj@$CALLID
                Require: nothingSupportsThis, nothingSupportsThisEither
                Proxy-Require: noProxiesSupportThis, norDoAnyProxiesSupportThis
                CSeq: 8 OPTIONS
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Content-Length: 0

                """, false));
        // 3.3.11 Max-Forwards 0 at the destination: processed
        t.add(new Torture("zeromf", true, """
                OPTIONS sip:user@$HOST:$PORT SIP/2.0
                Call-ID: zeromf.39203ndfvkjdasfkq3w4otrq0adsfdfnavd@$CALLID
                CSeq: 14398234 OPTIONS
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Max-Forwards: 0
                To: <sip:user@example.com>
                From: <sip:caller@example.com>;tag=3ghsd41
                Content-Length: 0

                """, false));
        // 3.3.1 an unknown scheme in the Request-URI: 416
        t.add(new Torture("unksm2", true, """
                OPTIONS nobodyKnowsThisScheme:totallyopaquecontent SIP/2.0
                To: sip:user@example.com
                From: sip:caller@example.net;tag=384
                Max-Forwards: 3
                Call-ID: unksm2.daksdj@$CALLID
                CSeq: 3923423 OPTIONS
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Content-Length: 0

                """, false));

        // ---------------------------------------------------------------- 3.1.2 invalid messages
        // 3.1.2.1 extraneous separators in Via and Contact
        t.add(new Torture("badinv01", false, """
                INVITE sip:user@$HOST:$PORT SIP/2.0
                To: sip:j.user@example.com
                From: sip:caller@example.net;tag=134161461246
                Max-Forwards: 7
                Call-ID: badinv01.0ha0isndaksdjasdf3234nas@$CALLID
                CSeq: 8 INVITE
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;;,;,,
                Contact: "Joe" <sip:joe@example.org>;;;;
                Content-Length: $CL
                Content-Type: application/sdp

                """ + SDP, false));
        // 3.1.2.2 Content-Length larger than the body (on UDP: 400; on TCP the stack waits for the rest)
        t.add(new Torture("clerr", false, """
                INVITE sip:user@$HOST:$PORT SIP/2.0
                Max-Forwards: 80
                To: sip:j.user@example.com
                From: sip:caller@example.net;tag=93942939o2
                Contact: <sip:caller@hungry.example.net>
                Call-ID: clerr.0ha0isndaksdjweiafasdk3@$CALLID
                CSeq: 8 INVITE
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Content-Type: application/sdp
                Content-Length: 9999

                """ + SDP, true));
        // 3.1.2.3 a negative Content-Length
        t.add(new Torture("ncl", false, """
                INVITE sip:user@$HOST:$PORT SIP/2.0
                Max-Forwards: 254
                To: sip:j.user@example.com
                From: sip:caller@example.net;tag=32394234
                Call-ID: ncl.0ha0isndaksdj2193423r542w35@$CALLID
                CSeq: 0 INVITE
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Contact: <sip:caller@example53.example.net>
                Content-Type: application/sdp
                Content-Length: -999

                """ + SDP, false));
        // 3.1.2.4 scalar values beyond their range (CSeq beyond 2^32, Max-Forwards beyond 255)
        t.add(new Torture("scalarlg", false, """
                REGISTER sip:$HOST:$PORT SIP/2.0
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Max-Forwards: 300
                From: sip:user@example.com;tag=932ss
                To: sip:user@example.com
                Call-ID: scalarlg.8sdkfjndmcuw8@$CALLID
                CSeq: 36893488147419103232 REGISTER
                Contact: <sip:user@host129.example.com>;expires=280297596632815
                Expires: 1293842738273843
                Content-Length: 0

                """, false));
        // 3.1.2.5 an unterminated quoted string in a display name
        t.add(new Torture("quotbal", false, """
                INVITE sip:user@$HOST:$PORT SIP/2.0
                To: "Mr. J. User <sip:j.user@example.com>
                From: sip:caller@example.net;tag=93334
                Max-Forwards: 10
                Call-ID: quotbal.aksdj@$CALLID
                Contact: <sip:caller@host59.example.net>
                CSeq: 8 INVITE
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Content-Type: application/sdp
                Content-Length: $CL

                """ + SDP, false));
        // 3.1.2.6 a Request-URI in angle brackets
        t.add(new Torture("ltgtruri", false, """
                INVITE <sip:user@$HOST:$PORT> SIP/2.0
                To: sip:user@example.com
                From: sip:caller@example.net;tag=39291
                Max-Forwards: 23
                Call-ID: ltgtruri.1@$CALLID
                CSeq: 1 INVITE
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Contact: <sip:caller@host3.example.net>
                Content-Type: application/sdp
                Content-Length: $CL

                """ + SDP, false));
        // 3.1.2.7 whitespace inside the Request-URI
        t.add(new Torture("lwsruri", false, """
                INVITE sip:user@$HOST:$PORT; lr SIP/2.0
                To: sip:user@example.com;tag=3xfe-9921883-z9f
                From: sip:caller@example.net;tag=231413434
                Max-Forwards: 5
                Call-ID: lwsruri.asdfasdoeoi2323-asdfwrn23-asd834rk423@$CALLID
                CSeq: 2130706432 INVITE
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Contact: <sip:caller@host1.example.net>
                Content-Type: application/sdp
                Content-Length: $CL

                """ + SDP, false));
        // 3.1.2.8 several spaces between the elements of the request line
        t.add(new Torture("lwsstart", false, """
                INVITE  sip:user@$HOST:$PORT  SIP/2.0
                Max-Forwards: 8
                To: sip:user@example.com
                From: sip:caller@example.net;tag=8814
                Call-ID: lwsstart.dfknq234oi243099adsdfnawe3@$CALLID
                CSeq: 1893884 INVITE
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Contact: <sip:caller@host1.example.net>
                Content-Type: application/sdp
                Content-Length: $CL

                """ + SDP, false));
        // 3.1.2.9 trailing whitespace after the SIP version
        t.add(new Torture("trws", false, "OPTIONS sip:remote-target@$HOST:$PORT SIP/2.0  \n" + """
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Max-Forwards: 70
                From: <sip:remote-caller@example.net>;tag=2342
                To: <sip:remote-target@example.com>
                Call-ID: trws.oiu1u123@$CALLID
                CSeq: 1 OPTIONS
                Content-Length: 0

                """, false));
        // 3.1.2.10 an escaped header in the Request-URI
        t.add(new Torture("escruri", false, """
                INVITE sip:user@$HOST:$PORT?Route=%3Csip:example.com%3E SIP/2.0
                To: sip:user@example.com
                From: sip:caller@example.net;tag=341518
                Max-Forwards: 7
                Contact: <sip:caller@host39923.example.net>
                Call-ID: escruri.23940-asdfhj-aje3br-234q098w-fawerh2q-h4n5@$CALLID
                CSeq: 149209342 INVITE
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Content-Type: application/sdp
                Content-Length: $CL

                """ + SDP, false));
        // 3.1.2.11 a Date that is not GMT
        t.add(new Torture("baddate", false, """
                INVITE sip:user@$HOST:$PORT SIP/2.0
                To: sip:user@example.com
                From: sip:caller@example.net;tag=2234923
                Max-Forwards: 70
                Call-ID: baddate.239423mnsadf3j23lj42--sedfnm234@$CALLID
                CSeq: 1392934 INVITE
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Date: Fri, 01 Jan 2010 16:00:00 EST
                Contact: <sip:caller@host5.example.net>
                Content-Type: application/sdp
                Content-Length: $CL

                """ + SDP, false));
        // 3.1.2.12 a Contact URI with an escaped header that is not in name-addr form
        t.add(new Torture("regbadct", false, """
                REGISTER sip:$HOST:$PORT SIP/2.0
                To: sip:user@example.com
                From: sip:user@example.com;tag=998332
                Max-Forwards: 70
                Call-ID: regbadct.k345asrl3fdbv@$CALLID
                CSeq: 1 REGISTER
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Contact: sip:user@example.com?Route=%3Csip:sip.example.com%3E
                l: 0

                """, false));
        // 3.1.2.13 whitespace inside the angle brackets of an addr-spec
        t.add(new Torture("badaspec", false, """
                OPTIONS sip:user@$HOST:$PORT SIP/2.0
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Max-Forwards: 70
                From: "Bell, Alexander" <sip:a.g.bell@example.com>;tag=43
                To: "Watson, Thomas" < sip:t.watson@example.org >
                Call-ID: badaspec.sdf0234n2nds0a099u23h3hnnw009cdkne3@$CALLID
                Accept: application/sdp
                CSeq: 3923239 OPTIONS
                l: 0

                """, false));
        // 3.1.2.14 a display name with unquoted separators
        t.add(new Torture("baddn", false, """
                OPTIONS sip:t.watson@$HOST:$PORT SIP/2.0
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Max-Forwards: 70
                From: Bell, Alexander <sip:a.g.bell@example.com>;tag=43
                To: Watson, Thomas <sip:t.watson@example.org>
                Call-ID: baddn.31415@$CALLID
                Accept: application/sdp
                CSeq: 3923239 OPTIONS
                l: 0

                """, false));
        // 3.1.2.15 an unknown SIP version: 505
        t.add(new Torture("badvers", false, """
                OPTIONS sip:t.watson@$HOST:$PORT SIP/7.0
                Via: SIP/7.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Max-Forwards: 70
                From: A. Bell <sip:a.g.bell@example.com>;tag=qweoiqpe
                To: T. Watson <sip:t.watson@example.org>
                Call-ID: badvers.31417@$CALLID
                CSeq: 1 OPTIONS
                l: 0

                """, false));
        // 3.1.2.16 the CSeq method differs from the request's
        t.add(new Torture("mismatch01", false, """
                OPTIONS sip:user@$HOST:$PORT SIP/2.0
                To: sip:j.user@example.com
                From: sip:caller@example.net;tag=34525
                Max-Forwards: 6
                Call-ID: mismatch01.dj0234sxdfl3@$CALLID
                CSeq: 8 INVITE
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                l: 0

                """, false));
        // 3.1.2.17 an unknown method whose CSeq names another one
        t.add(new Torture("mismatch02", false, """
                NEWMETHOD sip:user@$HOST:$PORT SIP/2.0
                To: sip:j.user@example.com
                From: sip:caller@example.net;tag=34525
                Max-Forwards: 6
                Call-ID: mismatch02.dj0234sxdfl3@$CALLID
                CSeq: 8 INVITE
                Contact: <sip:caller@host.example.net>
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Content-Type: application/sdp
                l: 0

                """, false));
        // 3.1.2.18 several values in single-value headers (To, From, Max-Forwards, CSeq)
        t.add(new Torture("multi01", false, """
                INVITE sip:user@$HOST:$PORT SIP/2.0
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                Max-Forwards: 70
                Route: <sip:nowhere.example.net>
                Max-Forwards: 15
                From: sip:caller@example.net;tag=134161461246
                To: sip:user@example.com
                Call-ID: multi01.98asdh@$CALLID
                CSeq: 59 INVITE
                Call-ID: multi01.98asdh@192.0.2.2
                From: sip:caller@example.com;tag=3413415
                To: sip:user@example.com
                To: sip:other@example.net
                From: sip:caller@example.net;tag=2923420123
                Content-Type: application/sdp
                l: $CL
                Contact: <sip:caller@host5.example.net>
                Max-Forwards: 5

                """ + SDP, false));
        // 3.1.2.19 two different Content-Length values
        t.add(new Torture("mcl01", false, """
                OPTIONS sip:user@$HOST:$PORT SIP/2.0
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                To: sip:user@example.com
                From: sip:caller@example.net;tag=34525
                Max-Forwards: 6
                Call-ID: mcl01.fhn2323orihawfdoa3o4r52o3irsdf@$CALLID
                CSeq: 15932 OPTIONS
                Content-Length: 13
                Max-Forwards: 60
                Content-Length: 5
                Content-Type: text/plain

                There's no way to know how many octets are supposed to be here.
                """, true));
        // 3.3.8 / 8.1.1: a request without Call-ID, CSeq and From
        t.add(new Torture("insuf", false, """
                INVITE sip:user@$HOST:$PORT SIP/2.0
                Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH
                To: sip:user@example.com
                Max-Forwards: 70
                Content-Type: application/sdp
                l: $CL

                """ + SDP, false));
        return t;
    }

    /** 3.1.1.7: long display names, header values, branch, tags and many Via headers. */
    private static String longRequest() {
        String longName = "I have a user name of " + "extreme".repeat(40) + " proportion";
        StringBuilder vias = new StringBuilder();
        vias.append("Via: SIP/2.0/$TRANSPORT $HOST:$LPORT;branch=$BRANCH;received=127.0.0.1\n");
        for (int i = 0; i < 30; i++) {
            vias.append("Via: SIP/2.0/TCP sip").append(i).append(".example.com;branch=z9hG4bK-longreq-")
                    .append("verylong".repeat(8)).append(i).append('\n');
        }
        return "INVITE sip:user@$HOST:$PORT SIP/2.0\n"
                + "To: \"" + longName + "\" <sip:user@example.com>\n"
                + "From: sip:amazinglylongcallername" + "x".repeat(200) + "@example.net;tag=12" + "9".repeat(100)
                + ";unknownheaderparam" + "long".repeat(50) + "=unknownvalue;unknownValuelessparam" + "name".repeat(50) + "\n"
                + "Call-ID: longreq.one" + "really".repeat(60) + "longcallid@$CALLID\n"
                + "CSeq: 3882340 INVITE\n"
                + "Unknown-" + "Long".repeat(40) + "-Name: unknown-" + "long".repeat(60) + "-value; unknown-" + "long".repeat(30)
                + "-parameter-name = unknown-" + "long".repeat(30) + "-parameter-value\n"
                + vias
                + "Max-Forwards: 70\n"
                + "Contact: <sip:amazinglylongcallername" + "x".repeat(200) + "@host5.example.net>\n"
                + "Content-Type: application/sdp\n"
                + "l: $CL\n\n" + SDP;
    }
}
