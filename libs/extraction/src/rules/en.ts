import { ASIDE, AttributionWords, Vocabulary } from './vocabulary';

/** English financial-news wording, folded. Add synonyms and inflections here, not in the detectors. */
export const EN: Vocabulary = {
  breach: [
    // code planted in pages: "malicious code slipped into its checkout pages", "card-skimming script"
    String.raw`(?:malicious|rogue|spy) (?:code|scripts?)|(?:card[- ]|web[- ])?skimming (?:code|scripts?|attacks?)|spyware`,
    String.raw`cyber[- ]?(?:attacks?|incidents?|intrusions?|extortion)`,
    String.raw`(?:ransomware|malware)(?: attacks?| incidents?)?`,
    String.raw`cyber ?security (?:incidents?|attacks?|breach(?:es)?)`,
    String.raw`(?:it|information|network|data) security incidents?|it incidents?|cyber (?:events?|security events?)|threat actors?`,
    String.raw`(?:security|data|cyber) breach(?:es)?|(?:systems?|networks?|servers?|it environment|infrastructure) (?:had been|have been|has been|was|were) compromised`,
    String.raw`hackers?|hacked|hacking(?: attacks?| incidents?)?|hack(?: attack| incident)?|intrusions?|intruders?|(?:cyber ?)?criminals|cyber ?attackers|attackers|phishing attacks?|denial[- ]of[- ]service|ddos`,
    String.raw`(?:broke|break|breaks|breaking|broken) into|(?:gained|gaining|obtained|gain) (?:unauthori[sz]ed )?access to|encrypted (?:[\w'-]+ ){0,4}?(?:servers?|systems?|files|data|networks?|computers?|devices)`,
    String.raw`(?:unauthori[sz]ed|malicious|criminal) (?:external |outside )?(?:third[- ]part(?:y|ies)|part(?:y|ies)|actors?|individuals?|users?|persons?)|(?:unauthori[sz]ed|fraudulent|illegitimate|illicit) (?:external )?(?:access|activity)|(?:suspicious|malicious|unusual|anomalous|irregular) (?:cyber |network |it )?activity`,
    String.raw`(?:incident|attack|intrusion|breach)s? (?:was |were |had been |has been )?(?:first )?(?:detected|discovered|identified)`,
    // the incident made public: "first disclosed the attack in August"
    String.raw`(?:disclosed|revealed|made public) (?:the |an |its )?(?:[\w-]+ ){0,2}?(?:attack|breach|intrusion)\b`,
    String.raw`(?:suffered|hit by|targeted by|victim of|fell victim to|fallen victim to|subject of|subjected to) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:attacks?|intrusion)`,
  ],
  offline: [
    // the stop named as a noun: "the shutdown of its ordering and payment systems"
    String.raw`(?:shutdown|shut-down|disconnection|takedown|take-down) of (?:[\w'&-]+ ){0,5}?(?:systems?|servers?|networks?|platforms?|websites?|apps?|portals?)\b`,
    // ticket sales shut online: "closed its online ticketing", "suspended the ticketing site"
    String.raw`(?:closed|shut|suspended|disabled|paused|pulled) (?:down )?(?:its |the |their )?(?:online )?(?:ticketing|box office|booking)(?: (?:site|website|system|platform|app|service))?\b`,
    String.raw`(?:taken|took|take|taking|brought|bringing|knocked|pulled|pulling|put|placed|yanked|yanking|yank|moved|forced)\s(?:[\w'&-]+,?\s){0,16}?(?:offline|off-line|off line)`,
    // production shut down is an impact, not systems taken offline: "shut down production at two plants"
    String.raw`(?:shut|shutting|switched|switching|powered|powering|locked|locking)\s(?:(?!(?:production|manufacturing|assembly|output)\b)[\w'&-]+\s){0,6}?(?:down|off)(?!\s(?:production|manufacturing|assembly|output)\b)`,
    String.raw`(?:went|gone|were|was|remain(?:ed|s)?|kept)\s(?:[\w-]+\s)?offline`,
    // an online shop or portal still shut: "its online shop remains closed"
    String.raw`(?:websites?|online (?:stores?|shops?)|web ?shops?|e-?commerce sites?|apps?|portals?)(?: [\w'&-]+){0,4} (?:remain(?:s|ed)?|stays?|stayed|has been|have been|had been) (?:temporarily |still )?(?:closed|shut|suspended)\b`,
    String.raw`(?:shut|shuttered) (?:down )?(?:its|their|the|all|all of its|parts of its|part of its) (?:[\w-]+ ){0,4}?(?:it networks?|networks?|it systems|systems|servers|data cent(?:re|er)s?)\b`,
    // a stated decision takes the bare verb: "took the decision to disconnect its servers"
    String.raw`(?:disconnect|isolat|suspend|disabl|deactivat|paus)(?:ed|ing|es?|s)?\s(?:[\w'-]+\s){0,4}?(?:systems?|servers?|networks?|applications?|apps?|platforms?|websites?|portals?|tools|services|e-?mail|online (?:stores?|shops?)|web ?shops?|software|erp|terminals|telemetry|scada|tills|checkouts|point[- ]of[- ]sale)`,
    String.raw`(?:websites?|systems?|services?|apps?|platforms?|networks?|servers?|portals?|tills|e-?mail)(?: [\w'&-]+){0,4} (?:went|go|goes|has gone|have gone|had gone|were|was) down\b`,
    String.raw`(?:closed|shuttered|paused|shut|shutting) (?:[\w'-]+\s){0,3}?(?:websites?|online (?:store|shop)s?|web ?shops?|apps?)`,
    String.raw`(?:took|taken|take|taking)\s(?:[\w'&-]+\s){0,4}?(?:systems?|servers?|networks?|platforms?|websites?) down|(?:suspended|cut off|restricted|blocked) access to`,
    // customers kept out of their accounts: "suspended all log-ins and withdrawals", "disabled customer sign-ins"
    String.raw`(?:suspend|disabl|block|halt|paus|freez|froze)\w* (?:all |every |the |its |their |customer |online )*(?:log-?ins?|logins?|sign-?ins?|logons?)\b`,
    // a precautionary stop of its sites: "the precautionary shutdown of its three plants"
    String.raw`(?:precautionary|preventive|preventative) (?:shutdown|closure|halt|stoppage) of (?:[\w'-]+ ){0,3}?(?:plants?|factories|sites|facilities|production lines|warehouses|depots)\b`,
    // remote access cut for staff: "disabled remote access for all staff", "switched off its VPN"
    String.raw`(?:cut|cutting|disabl\w*|suspend\w*|shut off|switched off|turned off|revok\w*|block\w*) (?:off )?(?:[\w'-]+ ){0,3}?(?:remote access|vpns?|remote connections?)\b`,
    // a service withdrawn: "pulled the app on Tuesday", "withdrew its booking website"
    String.raw`(?:pulled|pulling|pulls|pull|yanked|withdrew|withdrawn|withdrawing) (?:its |the |their |our )?(?:[\w-]+ ){0,2}?(?:apps?|websites?|portals?|online (?:stores?|shops?)|web ?shops?)\b`,
    // links to a supplier's or partner's systems cut: "cut all connections between its HR systems and the bureau's platform", "severed every connection between its depots and the carriers"
    String.raw`(?:cut|cuts|cutting|severed|severing|severs|sever|disabled|suspended) (?:off )?(?:[\w'-]+ ){0,4}?(?:connections?|links?|interfaces?|integrations?|connectivity|data feeds?|(?:file |data )?(?:exchanges?|transfers?)) (?:between|to|with|from|into)\b`,
    // "pulled the plug on its core systems"
    String.raw`pull(?:ed|ing|s)? the plug on (?:[\w'-]+ ){0,4}?(?:systems?|servers?|networks?|platforms?|websites?|it|tools|applications?|apps?|portals?)\b`,
    // the systems named before: "take them down", "its servers were disconnected", "the portal, switched off as a precaution"
    String.raw`(?:took|taken|take|takes|taking|brought|bring|bringing) (?:them|it|those|these|everything) (?:down|offline)`,
    String.raw`(?:systems?|servers?|networks?|platforms?|websites?|portals?|applications?|apps?|tools?|e-?mail|(?:remote |external |third-party )access)(?: [\w'&-]+){0,6},? (?:(?:were|was|had been|have been|has been|are|is) )?(?:(?:temporarily|immediately|also|quickly|all) )?(?:shut down|switched off|disconnected|isolated|deactivated|disabled)`,
  ],
  engaged: [
    // a firm asked to do the work: "asked the consultancy X to carry out a review", "an investigation carried out with the firm X"
    String.raw`(?:asked|tasked|turned to)|(?:entrusted|handed) (?:the|its|this) (?:case|appeal|defence|defense|matter|review|audit) to|(?:carried out|conducted|performed|undertaken|led) (?:jointly )?(?:with|by)`,
    String.raw`engaged|appointed|hired|retained|brought in|called in|enlisted|commissioned|drafted in|deployed|mobili[sz]ed|tapped|instructed|(?:is |are |was |were )?working (?:closely )?(?:[\w'-]+ ){0,4}?with|partnering with|in (?:conjunction|partnership|collaboration) with|(?:supported|assisted|helped|aided|advised) by|with the (?:help|support|assistance) of`,
  ],
  assisting: [
    String.raw`(?:are|is|were|was|have been|has been) (?:now )?(?:helping|assisting|supporting|advising)`,
    // working beside the company's own staff: "the response team is working alongside our engineers"
    String.raw`(?:are|is|were|was|have been|has been) (?:now )?working (?:closely )?alongside`,
    // on site to help: "forensic specialists have been on site since Sunday"
    String.raw`(?:are|is|were|was|have been|has been) (?:now |already )?on (?:site|the ground)\b`,
    // "forensic specialists from X have been hired", "outside counsel was retained"
    String.raw`(?:have|has|had) (?:since |now |already |also |subsequently )?been (?:[\w-]+ )?(?:hired|engaged|appointed|retained|brought in|called in|drafted in|commissioned|enlisted|instructed)|(?:were|was) (?:[\w-]+ )?(?:hired|engaged|appointed|retained|brought in|called in|drafted in|instructed)`,
  ],
  notified: [
    String.raw`informed|informing|notified|notifying|alerted|alerting|advised|briefed|contacted|told|made aware|(?:written|wrote|writes|writing) to|kept (?:[\w-]+ ){0,5}?(?:informed|updated|abreast)`,
    String.raw`(?:submitted|filed|made|sent|lodged) (?:a |an |the )?(?:[\w-]+ )?(?:notification|report|declaration)s?(?: of (?:[\w-]+ ){1,3}?)? ?(?:to|with)|notifications? (?:to|with)|made (?:a )?reports? to`,
    String.raw`report(?:ed|ing|s)? (?:the (?:[\w-]+ )?(?:incident|attack|breach|matter|intrusion|issue|outage)s? |it |this |them )?(?:(?:on|that|the same|early on|later on) (?:[\w-]+ ){0,2}?)?to`,
    String.raw`(?:is |was |are |were )?(?:working|liaising|in contact) (?:closely )?with|liaising with|(?:discussions|talks|in discussions|in talks|engaged) with`,
    // the authority named as the one helping: "the NCSC is supporting the company"
    String.raw`(?:is|are|was|were|has been|have been) (?:supporting|assisting|helping|advising) (?:the company|the group|the firm|the bank|the retailer|the insurer|it|us)\b`,
  ],
  complaint: [String.raw`(?:filed|lodged|made) a (?:[a-z]+ )?(?:report|complaint)|reported (?:it|the (?:incident|attack|matter)) to (?:the )?police`],
  restored: [
    // back at its usual pace: "the hub has been running at normal throughput since Friday"
    String.raw`(?:running|operating|working|trading|producing) (?:again )?at (?:normal|full|usual|pre-incident|pre-attack) (?:throughput|capacity|levels?|speed|rates?|volumes?|output|pace)\b|(?:full|complete) return (?:to (?:service|operations|normal)|by|before)\b`,
    String.raw`restored|restoring|restores?|restoration|back online|back up and running|up and running again|back in (?:full |normal |regular )?(?:service|operations?|use|production|capacity|trading)\b|(?:brought|bring|bringing|brings) (?:[\w'-]+ ){0,4}?back(?: online| up| into service)?`,
    String.raw`(?:fully |partly |partially |largely )?(?:working|operational|available|accessible|functioning|running|online) again|resumed|resuming|(?<![»"”],\s)resumes?(?! (?:de|du|des|un|une|le|la|les)\b| d'| l')|reopened|reopening|reopen|reconnected|returned to normal|return to normal|back to normal|(?:websites?|systems?|services?|apps?|platforms?|networks?|servers?|portals?|tills|e-?mail)(?: [\w'&-]+){0,4} (?:(?:was|were|is|are|has been|have been|came|comes|come) )?(?:now )?back (?:up|in action|in use)\b(?! to\b)|(?:back|return\w*) to (?:full|normal) (?:capacity|production|operations|service|trading)|(?<!continu\w* (?:to )?)(?<!(?:kept|keep|keeps|keeping) )(?:operating|working|functioning|running|trading) (?:normally|as normal)|fully operational|restarted|restart|restarting|recovered(?! (?:(?:some|part|most|all|much|half) of |a (?:little|bit of|fraction of) )?(?:(?:the|that|this|its|their|those|these) )?(?:[\w-]+ )?(?:losses|loss|ground|declines?|falls?|drop)\b)|recovery of|reinstat\w*|re-?enabled|re-?activated|relaunched|switched back on|turned back on`,
    // a named product back, and a return expected by a time: "VH Cloud was back up on Monday", "expected both to return before Christmas"
    // back for those it serves: "processing was back for every customer", "the service is back across all branches"
    String.raw`(?:was|were|is|are|has been|have been) (?:now )?back (?:for|across|at|in) (?:all|every|each|most|the majority of)\b`,
    // back since a day, or back on a system: "the portal has been back since Friday", "expects every site to be back on the platform"
    String.raw`(?:was|were|is|are|has been|have been) (?:now )?back since\b|(?:be|get|gets|got|are|is|were|was) back on (?:the |its |their |our )?(?:[\w-]+ ){0,2}?(?:systems?|platforms?|networks?|software|tills)\b`,
    // back on a day: "the portal was back on 3 May", "the service was fully back on Friday"
    String.raw`(?:was|were|is|are|has been|have been) (?:now |fully |all )?back (?:on|by|from) (?=\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?:january|february|march|april|may|june|july|august|september|october|november|december) \d)`,
    // back by itself: "settlement came back fully on Saturday", "the site has come back online"
    String.raw`(?:came|comes|has come|have come|had come) back(?= (?:fully|partly|partially|gradually|progressively|online|up|into|on|yesterday|today|overnight|this|within|after|later|shortly)\b|[.,;])`,
    String.raw`(?:was|were|is|are|has been|have been) (?:now )?back (?:up|online)\b(?! (?:to|by|\d))|(?:to|will|would|should) (?:return|come back|be back)(?= (?:before|by|within|next|later|shortly|soon|in the coming|over the))`,
  ],
  impact: [
    // work narrowed to one channel: "tickets were only sold at the box office"
    String.raw`(?:were|was|are|is|could be|can be) (?:now |then )?only (?:being )?(?:sold|bought|available|accepted|taken|processed|issued|booked) (?:at|in|by|over|through|via)\b`,
    // plant run by hand: "switched to manual control", "running in manual mode"
    String.raw`(?:switch\w*|mov\w*|revert\w*|fall\w* back|fell back) to manual\b|manual (?:mode|control|operation)\b`,
    // what the incident left untouched is part of the impact: "production has not been affected", "deliveries were unaffected"
    String.raw`(?:production|manufacturing|operations|deliveries|shipments|distribution|services|stores|shops|branches|plants|factories|sites|screenings)(?: [\w'-]+){0,6} (?:(?:has|have|had|was|were|is|are)(?: not|n't) been (?:affected|disrupted|impacted|hit)|(?:was|were|is|are|remain(?:ed|s)?|has been|have been) (?:largely |entirely |completely )?unaffected)\b`,
    // those served left without something: "doctors were deprived of automatic results", "customers without access to their accounts"
    String.raw`depriv(?:ed|ing|es?) (?:[\w'-]+ ){0,4}?of\b|without access to`,
    // work done another way: "bookings were taken at reception", "members got in with a temporary pass"
    String.raw`(?:taken|made|handled|processed|booked|recorded|done) (?:[\w-]+ )?(?:at (?:reception|the (?:front )?desk|the counter|the till)|in person|over the counter)\b|(?:using|with|via|through) (?:a |an )?temporary (?:[\w-]+ ){0,2}?(?:codes?|passes|cards|badges|tickets|systems?|arrangements?|workarounds?|processes|solutions?)\b`,
    // those served kept from their work: "which prevented many clients from running their payroll"
    String.raw`(?:prevent\w*|stopp\w*|kept|keeping|left) (?:[\w'-]+ ){0,3}?(?:customers|clients|users|shoppers|patients|passengers|members|policyholders|subscribers|staff|employees) (?:from|unable to)\b`,
    // orders lost to the incident: "several hundred orders were lost"
    String.raw`(?:orders|bookings|shipments|deliveries)(?: [\w'-]+){0,4} (?:were|was|have been|had been|has been) lost\b`,
    // a delay stated firmly with its length: "deliverables will be delayed by several days"
    String.raw`(?:will|are set to|are going to) be (?:[\w-]+ )?(?:delayed|postponed|pushed back|held up) (?:by|for) (?:up to |about |around |roughly |at least |some )?(?:several|a few|a couple of|one|two|three|four|five|six|seven|ten|\d+) (?:hours|days|weeks|months)\b`,
    String.raw`disrupt\w*|outages?|downtime|delays?|delayed|running (?:up to )?(?:[\w-]+ ){0,3}(?:late|behind(?! (?:the|its|their|our|a|an|this|these|those)\b))|backlogs?`,
    // orders late or called off: "orders arrived late", "around 900 had to be cancelled"
    String.raw`(?:arrived|arriving|arrive|delivered|dispatched|shipped) (?:[\w-]+ ){0,2}?late\b|(?:had|have|has) to be (?:cancel(?:l)?ed|rescheduled|called off)`,
    String.raw`(?:stopped|stopping|stop|paused?|pausing|suspend(?:ed|ing)?|halt(?:ed|ing)?|ceased|shut down|shutting down|closed down)\s(?:[\w-]+\s){0,2}?(?:taking|processing|accepting|production|producing|shipping|shipments|deliveries|operations|orders|ordering|trading|sales|services|payments|manufacturing)`,
    String.raw`unable to|(?:not|no longer) (?:be )?able to (?:process|take|accept|deliver|ship|fulfil|fill|handle|serve)|could not (?:process|take|accept|deliver|ship|operate|access)|cannot (?:process|take|accept|deliver|ship|operate|access)|(?:were|was|are|is|been|remain(?:ed|s)?) (?:(?:still|currently|temporarily|partly|partially|largely|also)\s)?unavailable`,
    String.raw`(?:taken|handled|processed) by (?:phone|telephone)|diverted|diverting|rerouted|redirected|cancel(?:l)?(?:ed|ing|ations?|s)? (?:of )?(?:[\w'-]+ ){0,3}?(?:flights|appointments|operations|procedures|surgeries|shipments|deliveries|orders|events|services|trains|sailings|classes|exams|bookings|meetings|production|shifts|sessions|treatments|consultations|journeys|departures|launch|results|presentation)\b|(?:were|was|been|are|is) (?:also |later |then )?cancel(?:l)?ed|(?:postponed|postponing|pushed back)(?! (?:the )?(?:publication|release|announcement|filing) of)|(?:by hand|manually|pen and paper|manual (?:processes|workarounds?))|reduced capacity`,
    String.raw`(?:had|has|have) (?:had )?to (?:temporarily )?(?:close|shut|suspend|halt|cancel|postpone|pause|stop)|(?:forced|forcing|force) (?:[\w-]+ ){0,2}(?:to )?(?:close|shut|schedule|cancel|postpone|divert|revert|suspend|halt)|(?:closed|shut|shuttered) (?:[\w-]+ ){0,2}(?:stores|shops|branches|sites|plants|factories|clinics)`,
    // sites brought to a stop, and output lost: "the attack that halted its factories", "brought three plants to a standstill", "£4m of lost production"
    String.raw`(?:halt\w*|stopp\w*|paralys\w*|paralyz\w*|crippl\w*|idl\w*) (?:its |the |their |all |all of its |several of its |most of its )?(?:[\w-]+ ){0,2}?(?:factories|plants|production lines|assembly lines|warehouses|depots|distribution cent(?:re|er)s|mills)\b(?! from\b)|brought (?:[\w-]+ ){0,4}?to a (?:standstill|halt)|lost (?:production|output|sales|revenue|orders|trading days?|working days?)\b`,
    String.raw`changes["']? to (?:[\w-]+ ){0,3}operations|(?:changes|adjustments)["'”]? to how|(?:impact|effect)s? on (?:[\w-]+ ){0,2}(?:operations|trading|sales|business|services)|(?:sales|trading|production|operations|deliveries|orders|shipments)(?: [\w'-]+){0,4} (?:were|was|have been|has been|had been) (?:[a-z]+ly )?(?:affected|impacted|hit|hurt)\b(?:[^.;]|\.(?=\d)){0,100}?\b(?:attack|incident|outage|breach|hack\w*|cyber\w*|ransomware|shutdown|systems?)\b|operational (?:impact|disruption|issues|difficulties)`,
    String.raw`(?:orders|ordering|deliveries|shipments|production|operations|sales|trading|payments|manufacturing|shipping|flights|bookings|appointments|stores|shops|plants|factories|branches|clinics)(?:,? [\w'-]+){0,10},? (?:were|was|have been|has been|had been|are|is|remain(?:ed|s)?) (?:(?:temporarily|partially|partly|largely|still|also)\s)?(?:halted|suspended|paused|stopped|closed|cancel(?:l)?ed)`,
    // service slowed for those it serves: "call waiting times doubled", "response times have lengthened"
    String.raw`(?:waiting|wait|response|queue|call[- ]waiting|turnaround|handling) times?(?: [\w'-]+){0,4} (?:have |has |had )?(?:doubled|tripled|lengthened|soared|rose|risen|increased|climbed|jumped|hit|reached|stretched)\b`,
    // customers sent to the phone, and long waits: "pushed many customers on to the phone", "waits of more than an hour"
    String.raw`(?:pushed|pushing|forced|forcing|sent|sending|driven|driving|diverted|diverting) (?:[\w'-]+ ){0,3}?(?:on ?to|onto|towards?) (?:the )?(?:phones?|telephones?|phone lines|call cent(?:re|er)s?|helplines?)\b|(?:waited|waiting|waits?)(?: of| for)? (?:more than |over |up to |nearly |almost |about |around )?(?:an|one|two|three|several|\d+) hours?\b`,
    // work stopped for people and plant: "staff have been sent home", "production lines stand idle", "patients had their appointments moved"
    String.raw`(?:staff|workers|employees|operatives)(?: [\w'-]+){0,3} (?:have been |has been |were |was |had been |are being )?sent home|(?:production lines?|lines|plants?|factories|sites|warehouses|depots)(?: [\w'-]+){0,3} (?:stand|stood|standing|are|were|remain(?:ed|s)?|lay|lie|sat|sit) idle|\bidled\b|had (?:their |its )?(?:appointments|operations|procedures|surgeries|treatments|consultations|deliveries|orders|flights|bookings) (?:moved|rescheduled|postponed|cancel(?:l)?ed|delayed|pushed back)`,
    // work slowed, and customers lost over the incident: "order picking has been slowed", "two clients have since terminated their contracts"
    String.raw`(?:is|are|was|were|has been|have been|had been|remains?|remained) (?:[a-z]+ly )?slowed\b|(?:cancel(?:l)?ed|terminated|ended|pulled) (?:their|its) (?:[\w-]+ ){0,2}?contracts?\b`,
    String.raw`inaccessible|(?:left|leaving) (?:[\w'-]+ ){0,4}?(?:unable|without)`,
    // work done another way: "processed through a manual fallback", "records kept on paper", a firm arrangement stated in the future ("payroll will be run manually")
    String.raw`(?:manual|paper-based|paper|contingency|fallback|backup) (?:fallbacks?|workarounds?|processes|procedures|arrangements|records|forms|systems)|manual fallback|by spreadsheet|on paper\b|will (?:have to )?be (?:processed|handled|taken|done|run|managed|carried out|paid|issued|recorded|logged) (?:[\w-]+ ){0,3}?(?:manually|by hand|on paper|by (?:phone|telephone|spreadsheet)|(?:through|via|using) (?:a |an )?(?:manual|paper|fallback|contingency|backup))|(?:appointments|operations|procedures|surgeries|treatments|consultations|classes|exams|shifts)(?: [\w'-]+){0,4} (?:were|was|have been|had been|had to be|have had to be) (?:[\w-]+ )?(?:rescheduled|deferred)`,
    // what the incident stopped or narrowed: "prevented it from processing payments", "stores could only accept cash"
    String.raw`(?:prevent\w*|stopp\w*|bar\w*|block\w*) (?:it|them|us|the (?:company|group|firm|retailer|bank)|(?:its |some |many )?(?:customers|clients|staff|stores|shops|branches)) from (?:process|tak|accept|deliver|ship|fulfil|trad|operat|access|us|open|serv|pay|order|book)\w*|(?:could|can|were able to|was able to) only (?:accept|take|process|handle|operate|offer|serve)|cash[- ]only`,
    String.raw`(?:paraly[sz]\w*|crippl\w*) (?:its |the |their )?(?:[\w-]+ ){0,2}?(?:systems?|operations|production|plants?|factories|services?|sites?|networks?|logistics|deliveries|shipments|orders|sales|stores|payments|processing|platforms?|ticketing|bookings)`,
    // what kept working through it is part of the impact: "stores kept trading", "branches continued to operate normally"
    String.raw`(?:stores|shops|branches|sites|plants|factories|clinics|hospitals|offices|depots|warehouses|operations|services)(?: [\w'-]+){0,4} (?:kept|keep|keeps|continued|continue|continues|remained|remain|remains|stayed|stay|stays)(?: to)? (?:trading|trade|operating|operate|operational|running|run|functioning|function|serving|serve|open)\b|(?:kept|keep|keeps|keeping|continu\w* to) (?:operating|operate|running|run|functioning|function) (?:normally|as normal)`,
    // work that went on through the incident: "sales had continued throughout the outage", "deliveries carried on as normal"
    String.raw`(?:sales|trading|production|manufacturing|deliveries|shipments|orders|operations|services|completions|bookings|flights)(?: [\w'-]+){0,4} (?:had |has |have )?(?:continued|carried on|went on|gone on|kept going) (?:as normal|normally|as usual|uninterrupted|unaffected|without (?:interruption|disruption)|throughout)\b`,
    String.raw`on hold|(?:could|can|were|was|are|is) no longer (?:being )?(?:\w+ ){0,2}?(?:processed|accepted|available|taken|delivered|shipped|buy|order|use|access)`,
    String.raw`(?:dent\w*|hit|hurt|weigh\w* on|wip\w* \w+ off|knock\w* \w+ off) (?:[\w-]+ ){0,2}(?:profits?|revenues?|sales|earnings|margins?)|revenue deferrals?|deferred revenue|lost (?:sales|revenue)`,
    // sales that fell with the incident: "online sales fell by about 40% while the website was shut", "orders dropped after the attack"
    String.raw`(?:sales|revenues?|orders|bookings|footfall|traffic|volumes|turnover)(?:,? [\w'-]+){0,10}?,? (?:fell|dropped|declined|slumped|plunged|tumbled|slid|sank|decreased|halved|(?:were|was) down)\b(?:[^.;]|\.(?=\d)){0,100}?\b(?:attack|incident|outage|breach|hack\w*|disruption|website|systems?|shut|offline|closed|closure|cyber\w*|ransomware)\b`,
  ],
  probe: [
    String.raw`investigations?|investigating|probes?|probing|inquir(?:y|ies)|enquir(?:y|ies)|(?<!\b(?:annual|yearly|quarterly|half-year|monthly|strategic|year-end) )reviews?|reviewing|examinations?|market study|audits?|inspections?|proceedings|(?:formal )?case against|enforcement (?:case|action)s?|(?:opened|launched|started|began|begun) (?:a |an )?(?:formal |enforcement )?case`,
    String.raw`subpoena(?:s|ed)?|requests? for information|civil investigative demands?|dawn raids?|raided`,
  ],
  sanction: [
    String.raw`fines?|fined|penalt(?:y|ies)|provisional findings|statement of objections|provisionally (?:found|concluded|decided)|provisional (?:view|decision|conclusions?)`,
  ],
  taken: [
    String.raw`stolen|stole|accessed|exfiltrated|copied|leaked|exposed|compromised|downloaded|obtained|taken|removed|published|viewed|acquired|extracted|harvested|siphoned|scraped|posted online|put up for sale|offered for sale|made off with|got (?:hold of|their hands on)|(?:took|taken|take|takes|made|make|makes) (?:a )?cop(?:y|ies) of`,
    // data sent to the wrong person: "was emailed to the wrong recipient", "sent in error to another client"
    String.raw`(?:sent|emailed|e-mailed|mailed|posted|forwarded|disclosed|shared) (?:[\w-]+ ){0,2}?(?:to (?:the |a |an )?wrong (?:[\w-]+ ){0,2}?(?:recipients?|address(?:es)?|persons?|people|customers?|clients?)|in error|by mistake)|misdirected`,
    String.raw`(?:theft|leak) (?:of )?data|(?:theft|leak) of (?:[\w'-]+ ){0,3}?(?:data|information|details|addresses|records|files|credentials|passwords|numbers)|data (?:theft|leak|exfiltration)`,
  ],
  guidance: [
    String.raw`(?:(?:would|will|should) (?:now )?(?:be|come in|land|fall) (?:at|in|towards|around|near) the )?(?:lower|bottom|upper|top) end of (?:its |the )?(?:[\w£$€.,%-]+ ){0,3}?(?:range|guidance|forecasts?|outlook|target)|guidance|outlook|forecasts?|targets?|ambitions|profit warning|(?:cost|costs) (?:estimates?|forecasts?)|estimated? (?:cost|impact)s?|estimates? (?:of|for) (?:the )?(?:[\w-]+ )?(?:cost|impact)s?`,
    String.raw`(?:profit|earnings|revenue|sales|full-year|annual|market|financial) expectations|now (?:expects?|expected|sees|saw|forecasts?|estimates?|estimated|anticipates?|anticipated|predicts?|projects?|puts|thinks|believes?)|(?:is|are) now (?:expected|seen|forecast|estimated|projected|pencil+ed in|pegged)|(?:profits?|revenues?|sales|earnings|margins?|growth) (?:for the (?:full )?year |for \d{4} )?(?:would|will|(?:is|are) expected to|(?:is|are) set to) (?:be|come in) (?:materially |significantly |slightly |well |(?:about |around |roughly |some )?[\d.,]+ (?:basis points|percentage points|points|bps) )?(?:lower|higher|below|above|short of)|expect\w* (?:[\w-]+ ){0,4}?(?:profits?|revenues?|sales|earnings|ebitda|ebit|margins?) (?:for the (?:full )?year |for \d{4} )?to (?:be|come in|fall|rise) (?:[\w£$€.,-]+ ){0,4}?(?:lower|higher|below|above|short of|ahead of)\b|(?:(?:is|are) not expected to|(?:will|would|should) not) exceed|(?:would|will) now cost|(?:up|down|higher|lower) (?:from|than) (?:the |its |an? |their )?(?:(?:earlier|previous|initial|original|first) )?(?:[\w£$€.,-]+ ){0,3}?estimates?\b|(?:would|will) cost (?:it |us |the (?:company|group) )?(?:about|around|roughly|some|approximately|nearly|almost|up to|between|as much as)`,
  ],
  remediation: [
    // security strengthened after the incident: "has since rolled out two-factor authentication"
    String.raw`(?:rolled out|introduced|deployed|implemented|put in place|installed|tightened|strengthened) (?:[\w-]+ ){0,3}?(?:(?:multi|two)-factor authentication|security (?:controls|measures)|access controls)`,
    String.raw`(?:corrective|remedial) (?:measures|actions|steps)|(?<!\b(?:costs?|cout\w*) (?:[\w-]+ )?(?:of |de |d')?)remediation(?! costs?)|incident response (?:plan|procedures?|protocols?)|business continuity (?:plan|procedures)`,
    // recovery close to done: "trading had been encouragingly close to normal", "almost back to normal levels"
    String.raw`(?:close|closer|near|nearly|almost|largely|broadly|not far from|approaching) (?:back )?(?:to )?normal(?: levels)?\b|near-normal|(?:is|are|was|were) returning to normal|(?:getting|edging|moving) back to normal`,
    // the trouble said to be behind the company: "the warehouse issues were 'largely behind us'"
    String.raw`(?:issues|problems|difficulties|disruption|incident|outage|worst|troubles?)(?: [\w'-]+){0,4} (?:(?:is|are|was|were|now) )?["“'‘]?(?:(?:largely|mostly|now|well|firmly|very much|essentially) )?behind (?:us|it|them|the (?:company|group|business))\b`,
    // rebuilding under way: "engineers are rebuilding its servers", "still reimaging laptops"
    String.raw`(?:rebuild(?:ing|s)?|reinstall(?:ing|s)?|re-?imag(?:ing|es)) (?:[\w'-]+ ){0,3}?(?:systems?|servers?|laptops|workstations|devices|computers|networks?)`,
    // a backlog being cleared: "still working through a backlog of orders", "expects to clear the backlog"
    String.raw`(?:work\w*|catch\w*|get\w*) (?:through|on|up on) (?:a|the|its) (?:[\w-]+ )?backlog|clear\w* (?:a|the|its) (?:[\w-]+ )?backlog|backlogs?(?: [\w'-]+){0,3} (?:will|would|should|is to|are to|is set to|is expected to|are expected to) be (?:fully )?(?:cleared|worked through|eliminated|reduced)\b`,
    String.raw`accelerat\w* (?:its|the|a) (?:plans?|migration|programmes?|move|investment)|strengthen(?:ing)? (?:its )?(?:security|defences|defenses)`,
    // security upgraded since the incident: "has spent £9m upgrading its security", "investing in its cyber defences"
    String.raw`(?:upgrad|improv|overhaul|bolster|tighten|harden|reinforc)\w* (?:its |the |their |our )?(?:[\w-]+ )?(?:security|cyber ?security|defences|defenses|security controls)\b|invest\w* (?:[\w£$€.,-]+ ){0,4}?in (?:its |the |their |our )?(?:cyber ?security|security|(?:cyber )?defences|(?:cyber )?defenses)\b`,
    String.raw`(?:further )?(?:investigations?|reviews?|analys[ie]s) (?:(?:are|is|was|were|remains?) )?(?:still )?(?:ongoing|continuing|continues|continue|under way|underway)|(?:continu\w*|pursu\w*|pressing on with|carrying on with) (?:its|their|the company's|the group's) (?:own |internal )?(?:investigations?|inquir(?:y|ies)|reviews?|analys[ie]s)|(?:its|their|the company's|the group's) (?:own |internal |forensic )?(?:investigations?|inquir(?:y|ies)|reviews?|analys[ie]s)(?: [\w'-]+){1,5} (?:is|was|are|were|remains?|remained) (?:still )?(?:ongoing|continuing|under ?way)`,
    // the investigation named by a pronoun or as work, known by its purpose: "these are continuing to establish whether..."
    String.raw`(?:these|they|it|this|work|efforts) (?:(?:is|are|was|were|remains?) (?:still )?(?:ongoing|continuing|under ?way)|continu\w*) (?:[\w'-]+ ){0,2}?(?:to|in order to) (?:determine|establish|identify|assess|ascertain|understand|confirm)`,
  ],
  decision: [
    // remedies offered to a regulator: "was prepared to offer remedies", "has offered undertakings to the CMA"
    String.raw`(?:offer\w*|propos\w*|submit\w*|table\w*|volunteer\w*) (?:to (?:offer|make) )?(?:[\w-]+ ){0,2}?(?:remedies|undertakings|commitments|concessions)\b`,
    String.raw`(?:plans?|intends?|will|to|would|decided to|has decided to) appeal|(?:lodg|fil|launch|bring|brought|submit)\w* (?:an |its )?appeal|appeal(?:ing)? against|(?:will|would) (?:not )?challenge|(?:accepts?|accepted|accepting) (?:the |this |its )?(?:[\w'-]+ ){0,2}(?:decision|ruling|fine|findings|penalty|sanction|outcome|conclusions|settlement|agreement)|(?:will|would|to|intends to|plans to) (?:seek to )?(?:challenge|contest)|disagree\w*["'”’]? with|(?:contest\w*|challeng\w*) (?:the |its |their |this )?(?:[\w'-]+ ){0,2}?(?:findings|decision|ruling|fine|penalty|allegations|conclusions|analysis|sanction)|disput\w* (?:(?:parts?|some|elements|aspects|much|most) of )?(?:the |its |[\w-]+'s )?(?:[\w'-]+ ){0,2}?(?:findings|analysis|decision|ruling|conclusions|methodology|calculations?|allegations|assessment|penalty|fine)|(?:respond|responds|responded|responding|response) to the (?:[\w-]+ )?(?:consultation|findings|proposals?|statement of objections)|(?:set out|submit\w*|make|made|lodg\w*) (?:its |their )?(?:objections|representations|response to the (?:provisional )?findings)|reject\w* (?:the )?(?:[\w'-]+ ){0,2}(?:findings|decision|ruling|allegations|conclusions|objections|penalty|fine)|(?:say|says|said|saying|argue\w*|claim\w*) (?:that )?the (?:findings|decision|ruling|proposals?|remedies)`,
    // not answering back is an answer too: "will not appeal", "did not intend to challenge", "decided not to contest"
    String.raw`(?:will|would|wo|does|did|do|is|are|was|were)(?: not|n't) (?:(?:intend|intending|plan|planning|going|seek|expect|want)\w* to )?(?:appeal|challenge|contest|dispute)|(?:decided|chose|chosen|elected|opted|agreed) not to (?:appeal|challenge|contest|dispute)|no (?:plans?|intention) (?:to|of) (?:appeal|challeng|contest|disput)\w*`,
  ],
  outlookHeld: [
    // nothing more to book: "so there would be no further charge to earnings"
    String.raw`no (?:further|additional|other|new) (?:charge|hit|cost|impact)s? (?:to|on|against) (?:its |the |our )?(?:[\w-]+ )?(?:earnings|profits?|results|income statement)\b`,
    String.raw`(?:confident|on track|on course) (?:of |to |that it (?:will|would|can) )?(?:meet\w*|deliver\w*|achiev\w*|hit\w*) (?:[\w'-]+ ){0,3}?(?:guidance|outlook|forecasts?|targets?|expectations)`,
    String.raw`(?:(?:is|are|was|were) not(?:, [\w ]{2,25},)? expected to|(?:does|do|did) not(?:, [\w ]{2,25},)? expect (?:[\w-]+ ){0,3}?to|(?:will|would|should|does|did)(?: not|n't)) (?:have|result in|cause) (?:a |any )?(?:[\w-]+ )?(?:impact|effect)s? on|no (?:[\w-]+ ){0,2}(?:impact|effect|consequence)s? (?:[\w-]+ ){0,3}on (?:[\w'-]+ ){0,3}(?:guidance|outlook|forecasts?|targets?|results)`,
    // an outlook, target or dividend kept: "stuck to its medium-term margin target", "held its dividend"
    String.raw`(?:reaffirm\w*|confirm\w*|maintain\w*|reiterat\w*|stood by|stands? by|standing by|st(?:uck|ick|icks|icking) (?:to|with|by)|kept|keeps?|keeping|held|holds?|holding|retain\w*)${ASIDE} (?:[\w'-]+ ){0,4}?(?:guidance|outlook|forecasts?|targets?|objectives?|ambitions?|goals?|dividend(?: policy| payments?)?|(?:full-year |annual )?expectations)\b(?!(?: policy| payments?)? under review)`,
    String.raw`(?:keep|keeps|kept|keeping|continu\w* to|continu\w* paying|maintain\w*|still|as planned) (?:paying|pay|pays)?(?: out)? ?(?:[\w%'-]+ ){0,6}?(?:dividends?|payouts?)\b(?!(?: policy)? under review)|(?:guidance|outlook|forecasts?|targets?|objectives?|dividend(?: policy)?|(?:its|the (?:group|company|board)'s|our) expectations) (?:was |is |remains? |remained |were |are |has been |have been |had been )?(?:left )?unchanged|(?:left|leaves|leaving|kept|keeps) (?:[\w'-]+ ){0,4}?(?:guidance|outlook|forecasts?|targets?|objectives?|dividend(?: policy)?)(?: [\w'.,£$€%-]+){0,6}? unchanged`,
    // stated in the passive, its figure between: "its revenue target, of about £2bn, was confirmed"; a payout that goes ahead as planned
    String.raw`(?:guidance|outlook|forecasts?|targets?|objectives?|dividend(?: policy)?|(?:its|the (?:group|company|board)'s|our) expectations)(?:,? [\w'.,£$€%-]+){1,10}? (?:was|is|were|are|has been|have been|had been|remains?|remained) (?:also |still )?(?:confirmed|maintained|reaffirmed|reiterated|unchanged)\b|(?:(?:go|goes|going|went|gone) ahead|proceed(?:s|ed|ing)?) with (?:[\w'-]+ ){0,3}?(?:dividends?|payouts?)\b|(?:pay|pays|paying|paid) (?:[\w'-]+ ){0,3}?(?:dividends?|payouts?)(?: [\w'.,£$€%-]+){0,8}? as (?:planned|scheduled|expected|announced|intended|usual)\b|(?:dividends?|payouts?)(?: [\w'.,£$€%-]+){0,8}? (?:will|would|is to|was to) (?:still )?(?:be paid|go ahead)\b`,
    // a line of figures: "Interim dividend: 4p a share (unchanged)"
    String.raw`dividends?:?(?: [\w'.,£$€%:-]+){0,8}? \((?:unchanged|maintained|held|flat)\)`,
    // a payout held at its level, nothing between: "the interim dividend is held at 5p", "the final dividend will be maintained at last year's level"
    String.raw`(?:dividends?|payouts?)(?: [\w'.,£$€%-]+){0,6}? (?:is|was|are|were|has been|have been|will be|would be|remains?|remained) (?:also |still |being )?(?:held|kept|maintained|unchanged|frozen) (?:at|in line with|on a par with)\b`,
    // kept in the passive future: "the final dividend will be kept at 9p", "the payout would stay unchanged"
    String.raw`(?:dividends?|payouts?)(?: [\w'.,£$€%-]+){0,8}? (?:will|would|is to|is set to|should) (?:still )?(?:be (?:kept|held|maintained|left)|remain|stay) (?:at|unchanged|in line with|on a par with)\b`,
    // a payout said to be safe, or kept at last year's level in apposition: "the final dividend, 4.1p a share, is safe"
    String.raw`(?:dividends?|payouts?)(?:,? [\w'.,£$€%-]+){0,8}? (?:is|are|was|were|remains?|remained) (?:still )?(?:safe|secure|protected|not at risk)\b|(?:dividends?|payouts?)(?:,? [\w'.,£$€%-]+){1,10}?, (?:unchanged|maintained|held|kept) (?:at|from|in line with|on a par with)\b`,
    // "confirmed it is still targeting", "reaffirmed that it aims to"
    String.raw`(?:reaffirm\w*|confirm\w*|reiterat\w*) (?:that )?(?:it )?(?:is )?(?:still )?(?:aim|target)(?:s|ed|ing)?\b|(?:still|continu(?:e|es|ed|ing) to) (?:expect(?:s|ed|ing)?|sees?|targets?|aims? for|forecasts?|anticipat(?:e|es|ed|ing)|project(?:s|ed|ing)?) (?:[\w'-]+ ){0,8}?(?:(?:pre-tax |operating |underlying |adjusted |annual |full-year )?(?:profits?|revenues?|sales|earnings|ebitda|ebit|margins?|growth|results|turnover|cash flow|dividends?)|to (?:meet|hit|deliver|achieve|reach)|[£$€]|\d)`,
    // a buyback that goes on: "the share buyback will continue", "pressing ahead with its £50m buyback"
    String.raw`buy-?backs?(?: programmes?)? (?:will |would |is to |is set to )?(?:still )?(?:carry on|carries on|continue|continues|proceed|proceeds|go ahead|goes ahead|remains? in place)\b|(?:continu\w*|press\w* ahead) with (?:its |the )?(?:[\w£$€.,-]+ ){0,3}?buy-?backs?\b`,
    // an effect on the outlook ruled out: "ruled out any impact on its guidance"
    String.raw`(?:ruled|rules|ruling|rule) out (?:any |a )(?:[\w-]+ )?(?:impact|effect|change) (?:on|to) (?:its |the |our )?(?:[\w-]+ )?(?:guidance|outlook|forecasts?|targets?|results|dividend)\b`,
    // an effect the company calls small: "will have only a limited impact on its results", "immaterial to its earnings"
    String.raw`(?:only (?:a )?|a )?(?:limited|marginal|negligible|minimal|minor|immaterial|modest) (?:financial )?(?:impact|effect)s? on (?:its |the (?:company's |group's )?|our )?(?:[\w-]+ )?(?:results|earnings|profits?|guidance|outlook|forecasts?|finances|financial (?:position|results|performance))|(?:not|im)material to (?:its |our )?(?:results|earnings|financial)`,
    // an outlook the news does not change: "the penalty would not change its guidance", "did not expect the probe to affect its dividend"
    String.raw`(?:would|will|wo|should|does|do|did|is|are|was|were|has|have|had)(?: not|n't)(?:, [\w ]{2,25},)? (?:be expected to )?(?:change|affect|alter|impact|hit|dent|weigh on|jeopardi[sz]e|threaten|derail|put at risk) (?:[\w'-]+ ){0,4}?(?:guidance|outlook|forecasts?|targets?|objectives?|dividend(?: policy)?|expectations|results)\b|(?:not|(?:do|does|did|is|are|was|were)n't) expect\w* (?:[\w'-]+ ){0,4}?to (?:change|affect|alter|impact|hit|dent|weigh on|jeopardi[sz]e|threaten|derail) (?:(?:its|their|the (?:company|group)'s) ability to (?:meet|hit|deliver|achieve|reach) )?(?:[\w'-]+ ){0,4}?(?:guidance|outlook|forecasts?|targets?|objectives?|dividend(?: policy)?|expectations|results)\b`,
  ],
  remedies: [
    // each person affected told in writing: "every affected customer will receive a letter"
    String.raw`(?:each|every|all) (?:affected |impacted )?(?:customers?|clients?|subscribers?|policyholders?|members?|patients?|passengers?|cardholders?|employees?)(?: affected| concerned)? (?:will|would|is to|are to) (?:receive|be (?:sent|written to|notified (?:by|in) (?:letter|email|post|writing)))\b`,
    // fraud on cards refunded, and no one out of pocket: "will refund any fraudulent transactions", "no customer will be left out of pocket"
    String.raw`(?:refund|reimburs|cover|compensat)\w* (?:[a-z]+ly )?(?:any|all|every|the) (?:[\w-]+ )?(?:fraudulent|unauthori[sz]ed|suspicious) (?:[\w-]+ )?(?:transactions?|payments?|charges?|purchases?)|(?:no one|nobody|no (?:customer|client|member|policyholder|passenger)s?) (?:will|would|should|is going to) be (?:left )?out of pocket`,
    // compensation paid to those affected: "paid £7m in compensation to customers"
    String.raw`(?:paid|pays|paying|pay|offered|offering|made) (?:[\w£$€.,'-]+ ){0,4}?(?:in )?compensation(?: payments?)? to\b`,
    // charges the incident caused, refunded or waived: "will refund any late-payment charges customers incur because of the outage"
    String.raw`(?:refund|reimburs|waiv|cover|compensat)\w* (?:(?:affected )?(?:customers|clients|members|policyholders|users|passengers|account holders) (?:for )?)?(?:any |all |the )?(?:[\w-]+ ){0,2}?(?:charges|fees|costs|interest|penalties|losses)(?: [\w'-]+){0,6}? (?:because of|caused by|due to|as a result of|resulting from|linked to|arising from) (?:the |this )?(?:[\w-]+ ){0,2}?(?:outage|incident|attack|disruption|breach|problems?|failures?|faults?|glitch(?:es)?|errors?)\b`,
    // a sum paid or credited to each of those affected: "a one-off goodwill payment to every affected worker", "credited £10 to the bills of every affected customer"
    String.raw`goodwill (?:payments?|gestures?|credits?)|gestures? of goodwill|(?:credit\w*|pa(?:y|ys|id|ying)|offer\w*|giv(?:e|es|en|ing)|gave|refund\w*) (?:[\w£$€.,'-]+ ){0,6}?(?:to|into|on|for) (?:the (?:bills?|accounts?|invoices?) of )?(?:every|each|all) (?:of (?:its|the) )?(?:affected |eligible )?(?:customers?|clients?|workers?|employees?|staff|members?|users?|practices?|passengers?|policyholders?|account holders?|households?|subscribers?)\b`,
    // charges the incident caused, refunded: "will reimburse any overdraft fees incurred"
    String.raw`(?:refund|reimburs|waiv|compensat)\w* (?:any |all |the )?(?:[\w-]+ ){0,2}?(?:charges|fees|costs|interest|penalties)(?: (?:or|and) (?:[\w-]+ ){0,2}?(?:charges|fees|costs|interest|penalties))? (?:incurred|caused|charged|levied|resulting)\b`,
    // each person affected contacted, or made good for a loss: "will contact every affected customer individually", "will reimburse any customer who loses money"
    String.raw`contact\w* (?:[a-z]+ly )?(?:each|every|all) (?:of its |its )?(?:affected |impacted )?(?:customers?|clients?|subscribers?|patients?|policyholders?|users?|passengers?|cardholders?|members?)\b|(?:refund|reimburs|compensat)\w* (?:any|every|all|each) (?:affected )?(?:customers?|clients?|subscribers?|patients?|policyholders?|users?|passengers?|cardholders?|members?) (?:who|that) (?:[\w'-]+ ){0,3}?(?:loss|losses|lost|loses|lose|out of pocket)\b`,
    String.raw`(?:free )?(?:credit|identity)[- ](?:theft[- ])?(?:monitoring|protection)|(?:writing|write|writes|wrote|written) to (?:everyone|everybody|all those|each person|every person|those) (?:affected|concerned|impacted)|(?:getting|get|be) in touch with (?:every|all|each)|contacting (?:all|every|each) (?:of its |its )?customers`,
    // a line opened for those affected: "a dedicated helpline", "a call centre for affected customers"
    // a contract left without its exit fee: "may leave their contract without paying an early termination charge"
    String.raw`(?:leav|exit|end|cancel|terminat|switch)\w* (?:[\w'-]+ ){0,3}?(?:contracts?|plans?|subscriptions?|policies|accounts?) (?:early )?(?:without|free of|with no) (?:paying |incurring |any |an? )*(?:(?:early|exit|termination|cancellation|early[- ]termination|early[- ]exit) )?(?:charges?|fees?|penalt(?:y|ies))|(?:waiv|scrap|drop)\w* (?:[\w'-]+ ){0,3}?(?:early[- ])?(?:termination|exit|cancellation) (?:charges?|fees?|penalt(?:y|ies))`,
    // charges waived for what the incident cancelled: "will waive landing charges for flights cancelled on Saturday"
    String.raw`(?:waiv|refund|reimburs|scrap)\w* (?:[\w-]+ ){0,2}?(?:charges|fees|fares|costs) (?:for|on) (?:the |all |any )?(?:[\w-]+ )?(?:flights|sailings|crossings|trains|bookings|orders|journeys|trips|appointments|tickets|deliveries|services|events) (?:that were |which were )?(?:cancel(?:l)?ed|affected|disrupted|delayed)\b`,
    // a voucher or credit sent to those affected: "will send a £10 voucher to customers whose orders failed"
    String.raw`(?:send|sent|sending|sends|offer\w*|giv\w*|gave|issu\w*) (?:[\w£$€.,'-]+ ){0,4}?(?:vouchers?|gift cards?|discount codes?|store credits?) to (?:(?:all|every|each|any|the) )?(?:affected )?(?:customers?|clients?|shoppers?|users?|members?|passengers?|policyholders?|subscribers?)\b`,
    // each person promised a letter: "will write to every customer whose data was taken" (letters already sent are a notice, not a remedy)
    String.raw`(?:will|would|is to|are to|plans to|intends to) write to (?:every|each|all) (?:affected )?(?:customers?|clients?|policyholders?|members?|patients?|employees?|users?|subscribers?)\b`,
    String.raw`(?:dedicated |free |special )?helplines?|(?:dedicated )?call cent(?:re|er)s? for (?:affected |concerned )?(?:customers|clients|patients|policyholders)`,
  ],
  insurance: [
    // the cost expected back from insurers: "expects its cyber insurance to cover part of the losses", "hopes to recover most of the cost from insurers"
    String.raw`(?:its|their|our|the (?:company|group|firm)'s) (?:cyber[- ])?(?:insurance|insurers?|insurance (?:policy|policies|cover|coverage))(?: [\w'-]+){0,3}? (?:to |will |would |should |could |may |might )?(?:cover|pay|paid|reimburse|compensate|meet|offset|absorb)\w*|recover\w* (?:[\w'-]+ ){0,5}?(?:from|through|under) (?:its |their |our )?(?:cyber[- ])?insur\w*`,
    // in the passive: "part of the cost will be covered by its cyber insurance"
    String.raw`(?:covered|reimbursed|paid|met|recovered) (?:[\w-]+ ){0,2}?(?:by|under|through) (?:its |their |our |the (?:company|group|firm)'s )(?:cyber[- ])?(?:insurance|insurers?)`,
  ],
  calendar: [
    // a publication of results postponed: "has postponed the publication of its third-quarter results", "delayed its annual report"
    String.raw`(?:postpon|delay|defer|push\w* back)\w* (?:the )?(?:publication|release|announcement|filing) of (?:its |their )?(?:[\w-]+ ){0,3}?(?:results|revenue|sales|accounts|earnings|trading (?:update|statement)|annual report|financial statements)|(?:postpon|delay|defer)\w* (?:its |their )(?:[\w-]+ ){0,3}?(?:results|accounts|annual report|financial statements|trading (?:update|statement))\b`,
    // a deal's timetable moved: "now expects completion in the fourth quarter", "closing of the acquisition is now expected in 2028"
    String.raw`now expect\w* (?:the )?(?:deal |acquisition |takeover |merger |transaction )?(?:completion|closing|to (?:complete|close) (?:the )?(?:deal|acquisition|takeover|merger|transaction))\b|(?:completion|closing) (?:of (?:the |its )?(?:[\w£$€.,-]+ ){0,3}?(?:deal|acquisition|takeover|merger|transaction|disposal|sale) )?(?:is |was )?now (?:expected|scheduled|planned|due)|(?:delay\w*|postpon\w*|push\w* back) (?:the )?(?:completion|closing) of`,
  ],

  negation: [
    String.raw`not|no|never|none|nothing|neither|nor|without|denied|denies|deny|denying|refuted|dismissed|ruled out|rules out|prevent(?!iv)\w*|avoid\w*`,
    // an alternative set aside: "traced to a faulty update rather than to any attack"
    String.raw`rather than|instead of`,
  ],
  hedge: [
    String.raw`may|might|could|would|should|possibly|possibility|potentially|potential|likely|unlikely|perhaps|whether|if|suspected|suspects?|believed|believes|appears?|seems?|allegedly|alleged|unconfirmed`,
    String.raw`expects?|expected|plans?|planning|intends?|aims?|hopes?|will|risks?|fears?|feared|is set to`,
    // a possibility not excluded: "cannot rule out that data was taken", "could not exclude that"
    // the incident named as what a rumour is about: "amid rumours of a hack"
    String.raw`rumou?rs? (?:of|about)`,
    String.raw`(?:cannot|can't|could not|couldn't|can not|unable to) (?:yet )?(?:rule out|exclude)|(?:not|cannot be|could not be) (?:yet )?(?:be )?ruled out`,
    // a hypothesis: "in the event of a leak", "were it to be found in breach"
    String.raw`in the event (?:of|that)|in case of|can (?:face|incur|be fined|be ordered|be liable|be sanctioned)|were (?:it|they|the (?:company|group|firm|bank)) to`,
    // what an authority may do, and a probe others call for: "the ICO can impose fines", "called on the FCA to open an investigation"
    String.raw`can (?:[\w'-]+ ){0,2}?(?:impose|levy|issue|hand down)|(?:call(?:ed|s|ing)?|urg(?:ed|es|e|ing)|press(?:ed|es|ing)?|ask(?:ed|s|ing)?|lobb(?:ied|ies|ying)|petition(?:ed|s|ing)?) (?:on )?(?:[\w'-]+ ){0,4}?to (?:open|launch|start|investigate|examine|look into|review|fine|sanction)|calls? for (?:an? |the )?(?:[\w-]+ )?(?:investigation|inquiry|probe|review)`,
  ],
  rumour: [
    String.raw`sources? (?:familiar|close) (?:with|to)|(?:people|persons|sources|someone) (?:familiar|briefed|with knowledge)|according to (?:people|persons|sources|press reports|media reports|reports)|reportedly|(?<!\b(?:amid|after|following|on) (?:the )?)rumou?rs?(?! (?:that|of)\b)|it is understood|(?:is|are|was|were) understood to`,
    // a claim nobody has confirmed: "the claim has not been verified", "a gang claimed responsibility on its leak site"
    String.raw`(?:has|have|had|could|can) not (?:yet )?(?:been )?(?:independently )?(?:verified|confirmed)|(?:(?:unable|not able) to|could not|cannot|can't|couldn't) (?:independently verify|independently confirm|verify)|unverified|claimed responsibility|(?<!\b(?:been|was|were|and) (?:published|posted|dumped|released) (?:on|to) (?:[\w']+ ){0,2})leak sites?|(?:claim|claimed|claims|claiming) (?:[\w'-]+ ){0,5}?(?:that|to have)`,
    // what the press reports and the company will not confirm: "declined to comment on a report that", "people close to the regulator"
    String.raw`(?:people|persons|those|someone|sources?) close to|(?:declined|refused|did not want|would not|could not be reached) to comment on (?:a |the |press |media )?(?:[\w'-]+ ){0,4}?(?:reports?|speculation|articles?)|(?:newspaper|press|media|weekend|news|television) reports?(?: [\w'-]+){0,3}? (?:that|said|suggested|claimed)|an? (?:\w+ )?report (?:in|on|by) (?:[\w'-]+ ){0,4}?(?:newspaper|paper|website|news|magazine|press|publication|outlet|journal|blog|broadcaster|title)s?\b`,
  ],
  background: [
    // what a law or rule requires of companies in general: "the new directive will require operators to report"
    String.raw`(?:directive|regulation|rules|law|legislation)s? (?:[\w-]+ ){0,3}?(?:will |would )?(?:require|requires|oblige|obliges|impose|imposes)\b`,
    // a trend, not the company's news: "gangs are increasingly targeting manufacturers", "a string of incidents in the sector"
    String.raw`increasingly|(?:has|have|had) become (?:more|increasingly) (?:common|frequent|widespread)|more and more (?:common|frequent)|a (?:string|wave|spate|series|rash|surge|rise) (?:of|in) (?:[\w-]+ ){0,2}?(?:attacks|incidents|breaches|hacks|intrusions)|(?:growing|rising) (?:number|threat|wave) of`,
    String.raw`companies (?:such as|like|including)|other companies|other victims|in recent years|one of (?:many|a number of|several|the many) (?:companies|victims)`,
    String.raw`(?:a |an |the )?(?:survey|poll|study) (?:by|of|from|conducted|published|carried out|found|shows?|showed|suggests?)`,
    // another company's incident or move: "the attack on rival X", a sentence opening on a rival
    String.raw`(?:attacks?|breach(?:es)?|incidents?|hacks?|intrusions?|leaks?|outages?) (?:on|at|against|of|suffered by|that hit) (?:its |a |the )?(?:larger |smaller |bigger |main |closest )?(?:rivals?|competitors?|peers?)|^(?:(?:several|many|some|two|three|four|a few|few|a number|a handful|one|none|all|most) of )?(?:the |its |their |a |one |other |several |many |some )?(?:larger |smaller |bigger |main |closest |biggest |largest |fellow )?(?:[a-z]+ )?(?:rivals?|competitors?|peers?)\b|\bcut its own (?:[\w-]+ )?(?:forecast|guidance|outlook|targets?)`,
  ],
  analyst: [
    // the company speaking to analysts ("told analysts", "on a call with analysts") or measuring itself against their consensus is not their view
    String.raw`(?<!\b(?:told|tells|telling|briefed|briefing|reassured|with|for|aux|devant les|avec les) )analysts?|(?<!\b(?:insurance|mortgage|online|energy|travel|freight|reinsurance) )brokers?(?! (?:of|for) (?:insurance|mortgages?|energy|travel))|recommendation|price target|target price|rating|(?<!\b(?:in line with|en ligne avec|conforme au)(?: the| le)?(?: current)?(?: market)? )consensus`,
    // a fund manager's or strategist's view: "said one fund manager", "a portfolio manager at X"
    String.raw`(?:fund|portfolio|investment|asset) managers?|strategists?`,
    // an outside lawyer's or academic's view: "a competition lawyer not involved in the case", "said a professor of law"
    String.raw`(?:competition|antitrust|specialist|independent|regulatory|employment|data protection) lawyers?|lawyers? (?:not involved|unconnected)|legal (?:experts?|commentators?|observers)|professor of (?:law|economics|finance)`,
    // a lawyer by speciality, and someone of an organisation the article does not name (a customer, a utility, a council): an observer
    String.raw`lawyers? (?:specialising|specializing|who speciali[sz]es)|(?:head|director|manager|official|executive|boss|officer|engineer|spokes(?:man|woman|person))s? (?:[\w-]+ )?(?:of|at|from) (?:an?|one|another) (?!(?:[\w'-]+ ){0,3}?(?:company's|group's|its)\b)`,
    // a broker's downgrade of the stock, not a company lowering its own outlook
    String.raw`(?:downgraded|upgraded|downgrades|upgrades) (?:[\w'-]+ ){0,3}?(?:to (?:buy|sell|hold|neutral|underweight|overweight|outperform|underperform|equal[- ]weight|market perform)|(?:the |its )?(?:stock|shares))`,
  ],
  past: [
    String.raw`last (?:year|month|spring|summer|autumn|winter)|(?:[\w-]+ )?(?:years?|months) ago|previously|in the past|earlier (?:this|that) year|at the time`,
  ],
};

/** Who an English sentence is about: the words around its grammatical subject (`companies/attribution.ts`). */
export const EN_ATTRIBUTION: AttributionWords = {
  opener: [
    String.raw`(?:in|on|at|as|since|after|before|during|for|from|by|with|under|despite|following|earlier|later|last|this|next|yesterday|today|meanwhile|however|also|separately|elsewhere|overnight|then|so|still|now|instead|indeed|overall|by contrast|in contrast|conversely|according to|contacted|asked|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b[^,.;:"]{0,80},`,
    // a live-blog or timeline stamp: "09:40 -", "Sunday, around 03:00 -"
    String.raw`\d{1,2}[:.]\d{2}\s*-?`,
  ],
  // a company named by its trade, with "the": "the retailer", "the drinks distributor"
  definiteDescriptor: [
    String.raw`the (?:[a-z-]+ ){0,2}(?:retailer|distributor|supplier|manufacturer|maker|operator|carrier|insurer|lender|bank|chain|producer|provider|airline|brewer|developer|housebuilder|builder|utility|miner|grocer|wholesaler|contractor|specialist|publisher)`,
  ],
  // a company introduced without its name, never the hackers ("a ransomware group", "a group claiming the attack") nor one of the
  // company's own people ("a company spokesman")
  indefiniteDescriptor: [
    String.raw`(?:a|an|another) (?!(?:[a-z-]+ ){0,2}?(?:ransomware|criminal|cybercriminal|hacker|hacking|extortion|threat)\b)(?:[a-z-]+ ){0,3}?(?:group|company|firm|retailer|distributor|supplier|manufacturer|maker|operator|carrier|insurer|lender|bank|chain|producer|provider|airline|brewer|developer|housebuilder|utility|grocer|wholesaler|contractor|business)(?! (?:of|spokes\w*|statement|source|official|executive|representative|employee|insider|filing|document))(?!,? (?:(?:which|that|who) )?claim\w*)`,
  ],
  subjectReference: [
    String.raw`the (?:group|company|firm|business|board|management|directors)|its (?:chief executive|chief financial officer|chairman|chairwoman|chair|boss|board|management|directors|spokes(?:man|woman|person))|we|our`,
  ],
  carryOver: [String.raw`it`],
  otherDescriptor: [
    // what the other company is to the subject: "its former parent", "a rival", "one of its suppliers"; with
    // "the", a supplier or contractor is how articles describe the subject itself ("the supermarket supplier")
    String.raw`(?:a|an|one|its|their|one of its) (?:former |ex-|onetime |previous |main |biggest |largest |closest |smaller |larger |key |major |principal |[a-z-]+ )?(?:rival|competitor|parent(?: company| group)?|owner|shareholder|supplier|contractor|acquirer|buyer|landlord)s?`,
    String.raw`the (?:former |ex-|onetime |main |biggest |largest |closest |smaller |larger )?(?:rival|competitor|parent company|former owner)s?`,
    // the other one of two named: "the other company affected", "the other retailer caught up"
    String.raw`the other (?:[a-z-]+ )?(?:company|firm|group|retailer|victim|business|insurer|bank|lender|operator|supplier|client|customer)`,
    // one customer, not the customers: a person or company beside the subject
    String.raw`(?:a|an|one|its|the) (?:main |biggest |largest |key |major |principal |former )?(?:customer|client)(?!s)`,
    String.raw`another (?:company|firm|group|issuer|listed company|supplier|operator|insurer|retailer|lender|bank|manufacturer|provider|carrier|chain|utility|business|victim)|fellow [a-z-]+|its (?:former|previous|ex-) [a-z-]+`,
  ],
  companyRole: [
    String.raw`(?:(?:its|the (?:company|group|firm)'s|the|an?) )?(?:chief executive|chief financial officer|finance director|chief operating officer|chairman|chairwoman|chair|boss|founder|spokes(?:man|woman|person)|general counsel|ceo|cfo|coo)`,
  ],
  // a market report's irregular moves too: "X fell 2%", "Y rose after…"
  subjectVerb: [String.raw`said|says|told|has|had|have|is|was|are|were|will|would|could|can|did|does|also|which|who|[a-z]+ed|fell|rose|sank|slid|shed`],
};
