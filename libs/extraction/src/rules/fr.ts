import { ASIDE, AttributionWords, Vocabulary } from './vocabulary';

/** An effect the company calls small is no impact: "un impact limité sur ses résultats". */
const SMALL = String.raw` (?:tres |relativement )?(?:limite|marginal|negligeable|minime|modere|modeste)`;

/** Systems a company takes offline, named by what they are: "ses serveurs", "son progiciel de gestion", "la télégestion de ses stations". */
const SYSTEMS = String.raw`(?:systemes?|serveurs?|reseaux?|applications?|plateformes?|sites?(?: internet| web| marchands?)?|messagerie|outils?|logiciels?|progiciels?|erp|automates?|terminaux|postes de travail|services en ligne|espaces? clients?|portails?|centrales? de reservations?|telegestion|telesurveillance|caisses(?: enregistreuses)?|terminaux de paiement|services? de (?:commande|vente|reservation|paiement) en ligne|connexions?|acces (?:a distance|distants?)|vpn|billetteries?(?: en ligne)?)`;

/** French financial-news wording, folded (no accents). Add synonyms and inflections here, not in the detectors. */
export const FR: Vocabulary = {
  breach: [
    // un code espion glissé dans des pages : "un code malveillant dans les pages de paiement"
    String.raw`codes? (?:malveillants?|espions?|malicieux|pirates?)|logiciels? espions?`,
    String.raw`cyber[- ]?(?:attaques?|incidents?|intrusions?|extorsion)`,
    String.raw`attaques? (?:informatiques?|par rancongiciel|de rancongiciel|ransomware|cyber)`,
    String.raw`(?:ransomware|malware)|rancongiciels?|logiciels? malveillants?`,
    String.raw`incidents? (?:de cybersecurite|informatiques?|de securite(?: informatique)?|cyber)`,
    String.raw`cybermalveillance|acte de malveillance informatique`,
    String.raw`violations? de (?:donnees|securite)`,
    String.raw`piratages?|pirates? informatiques?|(?:ete|etre|fait|faire) pirat(?:e|ee|es|ees|er)|hackers?|intrusions?(?: informatiques?)?|intrus|cybercriminels|attaquants|hameconnage|deni de service`,
    String.raw`(?:chiffre|crypte)\w* (?:[\w'-]+ ){0,3}?(?:serveurs|systemes|fichiers|donnees|postes)|(?:introduits?|infiltres?|penetre\w*|s'(?:est|sont) (?:introduits?|infiltres?)) dans`,
    String.raw`(?:tiers|acteurs?|individus?|personnes?) (?:non autorisee?s?|malveillante?s?)|acces (?:externe )?(?:non autorise|frauduleux|illegitime|illicite)|activite (?:informatique )?(?:suspecte|malveillante|anormale|inhabituelle)`,
    String.raw`(?:incident|attaque|intrusion)s? (?:a ete )?(?:detecte|decouverte?|identifiee?)`,
    // l'incident rendu public : "avait révélé l'attaque en août"
    String.raw`(?:revele|divulgue|rendu publique?) (?:l'|une |son |sa )(?:[\w-]+ ){0,2}?(?:attaque|intrusion)\b`,
    String.raw`(?:victime|cible)s? d'une (?:[\w-]+ ){0,2}?attaque|(?:subi|essuye|frappee?s?|visee?s?|touchee?s?) (?:par )?(?:une |l')(?:[\w-]+ ){0,2}?attaque`,
  ],
  offline: [
    String.raw`(?:mis(?:e|es)?|mettre|met|mettent|mettait|mettant)\s(?:[\w'-]+\s){0,5}?hors (?:ligne|service|reseau|tension)`,
    // un site marchand toujours fermé : "le site de vente en ligne reste fermé"
    String.raw`(?:sites?(?: internet| web| marchands?| de vente en ligne)?|boutiques? en ligne|plateformes?|portails?|applications?)(?: [\w'-]+){0,4} (?:reste|restent|restait|demeure|demeurent|est toujours|sont toujours) (?:temporairement )?(?:fermee?s?|suspendue?s?|hors (?:ligne|service))\b`,
    // les clients privés de connexion : "a suspendu toutes les connexions des clients", "bloqué les identifications"
    String.raw`(?:suspend|bloqu|desactiv|gel)\w* (?:toutes |tous )?(?:les |leurs? |ses )?(?:connexions?|identifications?|authentifications?) (?:des |de ses |aux )?(?:clients|utilisateurs|comptes|abonnes|usagers)\b`,
    // l'arrêt par précaution de ses sites : "a procédé à l'arrêt préventif de ses quatre usines"
    String.raw`(?:arret|fermeture|mise a l'arret)s? (?:preventi(?:f|ve)s?|par precaution|de precaution|a titre preventif) (?:de |des |du |d')(?:[\w'-]+ ){0,3}?(?:usines?|sites?|installations?|lignes? de production|entrepots?|ateliers?)\b`,
    String.raw`mise hors (?:ligne|service|reseau)|arret (?:de |des |du )(?:[\w'-]+ ){0,2}?(?:systemes|serveurs|reseaux|applications|plateformes)`,
    // les liaisons avec les systèmes d'un prestataire coupées : "a coupé toutes les connexions entre ses systèmes et la plateforme du prestataire"
    String.raw`(?:coup|rompu|suspend|desactiv)\w* (?:toutes |tous )?(?:les |la |le |ses |leurs? |son |sa )?(?:connexions?|liaisons?|liens?|interfaces?|interconnexions?|flux|echanges?|transferts?) (?:[\w'-]+ ){0,2}?(?:avec|entre|vers|a|au|aux)\b`,
    String.raw`debranch\w*|deconnect\w*`,
    // the stop named as a noun: "l'arrêt de l'ensemble de ses serveurs", "la coupure complète du site marchand"
    String.raw`(?:arret|coupure|deconnexion)s? (?:complete |totale |immediate )?(?:de |des |du |d')(?:[\w'-]+ ){0,4}?(?:l')?(?:systemes|serveurs|reseaux|applications?|plateformes|sites? (?:internet|web|marchands?))\b`,
    String.raw`(?:coup|suspend|ferm|bloqu|restreint)(?:er|e|ee|es|ant|u|ue)? (?:[\w'-]+ ){0,3}?l'acces`,
    String.raw`(?:mettre|mis(?:e|es)?) a l'arret`,
    // production stopped at its sites is an impact, not systems taken offline: "interrompre la production de ses cinq sites"
    String.raw`(?:isole|arrete|coupe|suspend|desactive|ferme|interromp)\w*\s(?:(?!(?:production|activite|fabrication|assemblage|livraisons|expeditions)\b)[\w'-]+\s){0,8}?${SYSTEMS}`,
    // un service retiré : "a retiré son application mobile", "a retiré temporairement son site"
    String.raw`retir\w* (?:[\w-]+ ){0,2}?(?:son |sa |ses |leurs? |l')(?:applications?|appli|sites?(?: internet| web| marchands?)?|portails?|boutiques? en ligne)\b`,
    // the systems named before: "ses serveurs, coupés par précaution", "les outils ont été déconnectés"
    String.raw`(?:${SYSTEMS}|acces)(?: [\w'-]+){0,6},? (?:(?:ont ete|a ete|avaient ete|avait ete|sont|etaient|ont du etre|a du etre) )?(?:(?:immediatement|temporairement|aussitot|egalement) )?(?:coupee?s?|isolee?s?|deconnectee?s?|arretee?s?|suspendue?s?|desactivee?s?|debranchee?s?)`,
  ],
  engaged: [
    // un cabinet à qui l'on confie le travail : "a demandé au cabinet X de mener un audit", "a chargé le cabinet X", "a confié à X"
    String.raw`(?:a |ont |avoir )(?:demande|confie|charge)\w* (?:a |au |aux |a l'|le |la |les |l')`,
    // le dossier confié à un cabinet : "a confié sa défense au cabinet X"
    String.raw`(?:a |ont |avoir )confie\w* (?:ce|le|son|sa|ses|leur|cette|la) (?:dossier|defense|recours|affaire|enquete|audit|mission)s? (?:a |au |aux |a l')`,
    String.raw`(?:a |ont |avoir )?engage|fait appel a|faire appel a|recours a|mandate|missionne|sollicite|mobilise|s'(?:est|sont) (?:[a-z]+ment )?entoure\w* (?:de |des |du |d')|s'(?:est|sont) adjoint\w*|s'appui\w* sur|s'appuyer sur|(?:recrute|depeche|fait intervenir)e?s?`,
    String.raw`(?:menee?s?|conduite?s?|realisee?s?) (?:[a-z]+ment )?(?:avec|par)|en (?:collaboration|partenariat) avec|avec le concours d(?:e |u |es |')`,
    String.raw`(?:accompagne|assiste|epaule|appuye|aide|soutenu)e?s? (?:par|d'|de)|(?:se (?:fait|font|faire|fera|feront)|s'(?:est|etait) fait|se sont fait) (?:accompagner|assister|aider|epauler|conseiller|appuyer|soutenir) (?:par|de|d')|avec l'(?:appui|aide|assistance|soutien|accompagnement) d(?:e |u |es |')|travaill\w* (?:[\w'-]+ ){0,5}?avec|en lien avec`,
  ],
  assisting: [
    String.raw`(?:l')?(?:aident|accompagnent|assistent|epaulent|conseillent|appuient)|,?\s?(?:appelee?s?|venue?s?|arrivee?s?|depechee?s?|mobilisee?s?) en renfort`,
    // ceux qui travaillent aux côtés de la société : "le cabinet mène l'analyse à nos côtés", "travaillent aux côtés des équipes"
    String.raw`(?:travaill|intervien|interven|condui|men|oeuvr|mobilis)\w* (?:[\w'-]+ ){0,6}?(?:a nos|a ses|a leurs|aux) cotes\b`,
    // "des experts de X ont été mandatés", "un cabinet a été missionné"
    String.raw`(?:ont|a|avaient|avait) ete (?:[\w-]+ )?(?:mandate|missionne|sollicite|mobilise|recrute|depeche|engage|appele)e?s?`,
    // on site to help: "le cabinet est sur place depuis lundi", "des experts sont dépêchés sur place"
    String.raw`(?:est|sont|etait|etaient|se trouve\w*) (?:[\w-]+ )?sur (?:place|site)\b`,
  ],
  notified: [
    String.raw`informee?s?|informer|notifiee?s?|notifier|prevenue?s?|prevenir|avisee?s?|aviser|avertie?s?|avertir|alertee?s?|alerter|(?<!\b(?:et|de|des|les|la|une|aux|d'une) )saisi(?:e|es|r)?`,
    String.raw`(?:notification|declaration|signalement)s? (?:a|aux|aupres)|(?:a|avait|ont|avaient) (?:bien )?recu (?:la |une |sa |leur )?(?:notification|declaration)|signale\w* (?:l'incident |l'attaque |les faits |l'intrusion |la panne |la fuite |la cyberattaque )?(?:(?:des|dans la foulee|aussitot|immediatement|rapidement|sans delai|le jour meme|egalement|aussi)(?: [\w'-]+){0,2} )?(?:a|au|aux|aupres)|declare\w* (?:l'incident|l'attaque|les faits) (?:a|aux|aupres)`,
    String.raw`(?:effectue|fait|adresse)\w* (?:une |des |les )?(?:declarations?|notifications?|signalements?) (?:a|aux|aupres)`,
    String.raw`en (?:lien|contact) avec|pris contact avec|prendre contact avec|echanges? avec|travaille\w* avec|collabore\w* avec|(?:s'est|se sont|s'etre|se) rapproche\w* (?:de|des|du)`,
    // the authority named as the one helping: "l'Anssi accompagne le groupe"
    String.raw`(?:accompagne|epaule|assiste|appuie|soutient|conseille)(?:nt)? (?:le groupe|la societe|l'entreprise|la compagnie|l'industriel|l'operateur|l'enseigne|la banque|l'assureur)\b`,
  ],
  complaint: [String.raw`porte plainte|deposee? (?:une )?plainte|deposer plainte|porter plainte|plainte (?:a ete |sera )?deposee`],
  restored: [
    // un retour des outils nommés, souvent attendu : "un retour progressif de ses outils informatiques"
    String.raw`retour (?:progressif|graduel|complet|rapide) (?:de |des |du |d')(?:[\w'-]+ ){0,2}?(?:${SYSTEMS}|usines?|sites?|activites?|production|services?)\b`,
    // de retour à son rythme habituel : "l'usine tourne de nouveau à plein régime", "un retour complet visé à la mi-juillet"
    String.raw`(?:fonctionn|tourn|produi)\w* (?:de nouveau |a nouveau )?a (?:plein regime|pleine capacite|(?:sa |son |leur )?(?:cadence|rythme|capacite) (?:normale?|habituel\w*|nominale?))|retour (?:complet|total|integral)\b`,
    String.raw`retabli\w*|restaure\w*|remis\w* en (?:ligne|service|route|fonctionnement)|remise en (?:ligne|service|route)|redemarr\w*|reprise (?:partielle |progressive |complete |totale )?(?:de |des |du )|repris (?:le |la |les |ses |son |sa )|reconnecte\w*|reactive(?!\w*ite)\w*|remis\w* en marche`,
    String.raw`(?<!continu\w* (?:de |a ))(?:fonctionn|march|tourn)\w* (?:de nouveau|a nouveau)\b|(?:de nouveau|a nouveau) (?:pleinement |totalement )?(?:operationnel|accessible|disponible|en ligne|normalement|en service|en fonctionnement)\w*|(?:de retour|remise?s?) en (?:plein |pleine )?(?:fonctionnement|service|activite)\b|(?:pleinement|totalement|entierement) operationnel\w*|(?<!continu\w* (?:de |a ))fonctionn\w* (?:(?:de nouveau|a nouveau) )?normalement|(?:a|ont|avait|avaient) (?:(?:progressivement|partiellement|totalement|pleinement) )?repris\b`,
    String.raw`relance\w* (?:[a-z]+ment )?(?:ses|les|son|sa|leurs?) (?:systemes|serveurs|sites|usines|services|production|activites?)|retour (?:(?:progressif|graduel|complet|rapide|total) )?a la normale|revenue?s? a la normale|reouvertures?`,
    // rouvrir, et ce qui revient : "le site a rouvert", "les agences devraient rouvrir lundi", "de retour en ligne"
    // de retour depuis un jour, ou sur un système : "le portail est de retour depuis vendredi", "toutes les agences de nouveau raccordées au logiciel"
    String.raw`(?:est|sont|etait|etaient) (?:de nouveau |a nouveau )?de retour depuis\b|(?:de nouveau|a nouveau) (?:raccorde|connecte|branche)e?s? (?:a|au|aux|sur)\b`,
    // repris après coup, avec son modal : "les paiements ont pu reprendre mardi", "la production a enfin pu redémarrer"
    String.raw`(?:a|ont|avait|avaient) (?:(?:enfin|finalement|de nouveau|partiellement) )?pu (?:de nouveau |a nouveau )?(?:reprendre|redemarrer|rouvrir|etre (?:retabli|relance|remis en (?:service|ligne|route))e?s?)\b`,
    String.raw`rouv(?:re|rent|rir|rira|riront|rirait|riraient|ert|erte|erts|ertes|rait|raient)\b|(?:de retour|revenue?s?) en (?:ligne|service)\b`,
    // operations back to their usual level: "devraient retrouver un fonctionnement normal", "a retrouvé sa pleine capacité"
    String.raw`retrouv\w* (?:un |une |leur |son |sa |ses |leurs )?(?:(?:fonctionnement|activite|rythme|niveau|production|capacite|cadence)s? (?:normale?s?|habituel\w*|nominale?s?|d'avant)|pleine capacite|pleine activite|pleine production)`,
  ],
  impact: [
    // ce qui ne se faisait plus qu'autrement : "les billets n'étaient plus vendus qu'aux caisses"
    String.raw`(?:ne |n')(?:sont|est|etaient|etait|seront|sera|ont ete|a ete) (?:plus |desormais )?(?:[\w'-]+ ){1,3}?qu'(?:a|au|aux|par|sur)\b`,
    // des installations passées en manuel : "le temps de basculer en pilotage manuel", "en mode manuel"
    String.raw`(?:pilotage|mode|fonctionnement|exploitation|conduite|commande|saisie|gestion) manuel(?:le)?s?\b|bascul\w* (?:en|sur) (?:mode )?(?:manuel|degrade|secours)\b`,
    // ce que l'incident n'a pas touché fait partie de l'impact : "la production n'a pas été affectée", "séances non perturbées"
    String.raw`(?:production|distribution|approvisionnement|activites?|operations|livraisons|expeditions|seances|usines|magasins|boutiques|points de vente|agences|sites|services|soins)(?: [\w'-]+){0,5} (?:(?:n'(?:a|ont|est|etait|etaient|avait|avaient)|ne sont) pas (?:ete )?|(?:(?:est|sont|reste|restent|demeure|demeurent) )?non )(?:affectee?s?|perturbee?s?|impactee?s?|touchee?s?|concernee?s?)\b`,
    // ceux que l'on sert privés de quelque chose : "privant les médecins de leurs résultats", "des clients privés d'accès"
    String.raw`privant|(?:sont|est|etaient|etait|ont ete|a ete|se retrouvent|se retrouve|restent|reste) (?:[a-z]+ment )?privee?s?|sans acces a(?:ux?)?\b`,
    // le travail fait autrement : "les réservations sont prises à l'accueil", "un badge provisoire"
    String.raw`(?:prise?s?|enregistree?s?|traitee?s?|effectuee?s?|faite?s?) (?:[\w-]+ )?(?:a l'accueil|au guichet|au comptoir)|(?:codes?|badges?|cartes?|billets?|solutions?|dispositifs?|procedures?)(?: [\w-]+){0,2}? (?:provisoires?|temporaires?)\b`,
    // ceux que l'on sert empêchés de travailler : "a empêché de nombreux clients de préparer leurs bulletins de paie"
    String.raw`empech\w* (?:[\w'-]+ ){0,3}?(?:clients|usagers|utilisateurs|abonnes|patients|voyageurs|adherents|assures|salaries|agents) (?:de |d')`,
    // des commandes ou des clients perdus : "commandes de la grande distribution perdues", "perte de clients"
    String.raw`(?:commandes|livraisons|expeditions|reservations|ventes)(?: [\w'-]+){0,5} (?:ont ete |avaient ete |sont |etaient )?perdues\b|(?:clients|contrats|marches)(?: [\w'-]+){0,5} (?:ont ete |sont )?perdus\b|pertes? de (?:commandes|clients|contrats)\b`,
    String.raw`perturb\w*|pannes?|indisponib\w*|ralentissements? (?:partiels? |importants? |forts? )?(?:de |des |du |d')(?:l'|la |les |ses |son |sa |leurs? )?(?:certaine?s |plusieurs |quelques |nombreuse?s )?(?:services|systemes|operations|activites?|production(?! (?:automobile|mondiale|europeenne|industrielle|du secteur|de l'industrie))|interfaces|sites|usines|livraisons|expeditions)|(?:fort|important|net) ralentissement`,
    String.raw`detourne\w*|redirige\w*|reorient\w*|annul\w* (?:de |des |d'|les |ses |la |le |l')?(?:[\w'-]+ ){0,3}?(?:vols|rendez-vous|operations|interventions|commandes|livraisons|expeditions|evenements|trains|consultations|cours|examens|reservations|production|seances|departs|rotations)\b|(?<!(?:conditions|politique|frais|modalites) d')annulations?|(?:ont ete|a ete|sont|est|etaient|etait|seront|sera) (?:egalement |aussi )?annulee?s?|manuellement|a la main|(?:enregistree?s?|prise?s?|traitee?s?|passee?s?) par telephone|mode degrade|fonctionnement degrade|capacite reduite|au ralenti`,
    // des sites mis à l'arrêt et une production perdue : "l'attaque a arrêté ses trois usines", "des pertes de production"
    String.raw`(?:pertes?|perdu\w*) (?:de |d')(?:production|chiffre d'affaires|ventes|commandes|journees de travail)\b|(?:arrete|stoppe|immobilise)\w* (?:ses |les |leurs |toutes ses |l'ensemble de ses )?(?:[\w-]+ ){0,2}?(?:usines|sites de production|lignes de production|entrepots|ateliers)\b`,
    String.raw`du (?:temporairement |provisoirement )?(?:fermer|suspendre|interrompre|arreter|annuler|reporter)|ferm(?:er|e|ee|es|ait|aient) (?:temporairement |provisoirement )?(?:[\w'-]+ ){0,3}?(?:magasins|usines|agences|boutiques|entrepots|ateliers)`,
    String.raw`(?:suspendu|interrompu|arrete|gele)\w* (?:les |la |le |ses |sa |son |l')(?:prises? de )?(?:commandes|livraisons|expeditions|ventes|paiements|reservations|facturation|production|encaissements)(?! (?:automobile|mondiale))\b|(?:salaries|employes|ouvriers|personnels?)(?: [\w'-]+){0,3} (?:ont ete |sont |avaient ete )?renvoye\w* chez eux|chomage (?:partiel|technique)|activite partielle|fermeture (?:de |des )?(?:ses |certains |plusieurs )?(?:magasins|sites|usines|agences|boutiques)|(?:contraint|oblige|force)e?s? (?:a|de) (?:fermer|suspendre|annuler|reporter|arreter|interrompre)`,
    String.raw`(?<!par jour de )retards?|delais (?:de livraison )?(?:sont |ont ete )?allonges|(?:delais|temps) (?:d'attente|de (?:reponse|traitement|livraison))(?: [\w'-]+){0,4} (?:se sont |ont |sont |ont ete )?(?:[a-z]+ment )?(?:allonge|rallonge|double|triple|explose|augmente|grimpe)\w*|(?:demandes|dossiers|commandes|appels)(?: [\w'-]+){0,4}? en souffrance|interromp\w*|interruptions?|inaccessibl\w*|(?:uniquement|seulement|que) par telephone`,
    String.raw`n'(?:ont|a|avaient|avait|ont pas|a pas) (?:pas )?pu (?:etre )?(?:assure|livre|traite|expedie|honore|servi|produit|effectue|achemine|ouvert|realise|travaill|fonctionn)\w*|ne (?:peuvent|peut|pouvaient|pouvait) (?:plus |pas )?(?:etre )?[\w']+ (?:[\w'-]+ ){0,3}?qu'`,
    String.raw`(?:commandes|prises? de commandes|livraisons|ventes|production|activites?|operations|paiements|expeditions|facturation|paie|encaissements|prelevements|reservations)(?: en ligne| (?:aux|des|de ses|pour les) clients)? (?:(?:sont|est|ont ete|a ete|etant|restent|reste|demeurent|demeure|etaient|etait)\s)?(?:(?:temporairement|toujours|encore|partiellement|totalement)\s)?(?:suspendue?s?|interrompue?s?|a l'arret|paralysee?s?|bloquee?s?|arretee?s?)`,
    String.raw`(?:sites?|usines?|magasins?|agences?|boutiques?|entrepots?|ateliers?|lignes? de production)(?: [\w'-]+){0,4},? (?:(?:toujours|encore|(?:(?:sont|est|etaient|etait|avaient ete|ont ete) )?(?:restee?s?|mise?s?)) )?a l'arret\b|arret (?:total |complet |partiel )?de (?:la |sa |leur )?production|arret (?:de |d')(?:[\w'-]+ ){0,3}?(?:lignes? de production|chaines? de (?:production|montage)|usines?|sites? de production)|(?:sites?|usines?|magasins?|agences?|boutiques?|entrepots?|ateliers?|lignes? de production)(?: [\w'-]+){0,3} (?:resteront|restent|reste|restera|sont|est|seront|sera|ont ete|a ete|demeurent|demeure|demeureront) (?:[\w-]+ )?(?:fermee?s?|a l'arret)`,
    // le travail ralenti, des clients perdus : "la préparation des commandes est ralentie", "deux clients ont résilié leur contrat"
    String.raw`(?:est|sont|etait|etaient|a ete|ont ete|reste|restent|demeure|demeurent) (?:[a-z]+ment )?ralentie?s?\b|(?:resili|rompu|denonc)\w* (?:leurs?|son|sa|ses) (?:[\w-]+ ){0,2}?contrats?\b`,
    // des clients renvoyés vers le téléphone, de longues attentes : "basculés vers le centre d'appels", "ont attendu plus d'une heure"
    String.raw`(?:renvoye|reporte|bascule|pousse|oriente)e?s? (?:[\w'-]+ ){0,2}?vers (?:le |les |un )?(?:telephone|standard|centre d'appels|lignes? telephoniques?|service client)\b|(?:ont|a|avaient|avait|ont du|a du) (?:attendu|patiente) (?:plus d'|pres d'|jusqu'a |environ )?(?:une|deux|trois|plusieurs|\d+) heures?\b`,
    String.raw`impact (?:operationnel )?sur (?:les |ses )?(?:operations|activites)|impact operationnel|difficultes operationnelles`,
    // des soins ou rendez-vous reportés, le travail repassé au papier : "340 interventions déprogrammées", "les admissions gérées sur papier", "les commandes seront traitées manuellement"
    String.raw`deprogramm\w*|(?:interventions|operations|rendez-vous|consultations|soins|examens|chimiotherapies|livraisons|expeditions|commandes|projets|chantiers)(?: [\w'-]+){0,4} (?:ont ete|a ete|avaient (?:du )?ete|avait (?:du )?ete|ont du etre|sont|etaient) (?:[\w-]+ )?(?:reportee?s|decalee?s|reprogrammee?s)|(?:sur|au) papier\b|(?:en )?mode papier|retour au (?:papier|crayon)|(?:seront|sera) (?:[\w-]+ )?(?:traitee?s?|geree?s?|prise?s?|saisie?s?|effectuee?s?|enregistree?s?|realisee?s?|payee?s?|versee?s?) (?:[\w-]+ ){0,3}?(?:manuellement|a la main|sur papier|par telephone|en mode degrade)`,
    // "les ventes ont été affectées par l'incident", "la production a été fortement touchée"
    String.raw`(?:ventes|production|activites?|livraisons|commandes|operations|expeditions|services)(?: [\w'-]+){0,4} (?:ont ete|a ete|sont|est|etaient|etait|avaient ete|avait ete) (?:[a-z]+ment )?(?:affectee?s?|touchee?s?|impactee?s?|penalisee?s?)\b(?:[^.;]|,(?=\d)){0,100}?\b(?:attaque|incident|panne|cyberattaque|piratage|intrusion|rancongiciel|arret|systemes?)\b`,
    String.raw`paralys\w* (?:l'|la |le |les |ses |son |sa |leurs? )(?:[\w-]+ ){0,2}?(?:billetterie|systemes?|production|usines?|activites?|services?|operations|sites?|reseaux?|logistique|livraisons|expeditions|commandes|ventes|magasins|informatique|messagerie|paiements|plateformes?|entrepots?)`,
    // l'activité poursuivie pendant l'incident : "les ventes se sont poursuivies normalement", "la production a continué tout au long de l'incident"
    String.raw`(?:ventes|production|fabrication|livraisons|expeditions|commandes|operations|activites?|services|vols)(?: [\w'-]+){0,4} (?:(?:se sont|s'est|se sont toujours) poursuivie?s?|(?:ont|a) (?:toujours )?continue) (?:normalement|comme d'habitude|sans (?:interruption|perturbation)|pendant (?:toute )?(?:la duree de )?l'incident|tout au long)\b`,
    // ce qui a continué de tourner fait partie de l'impact : "les agences continuent de fonctionner normalement", "les magasins restent ouverts"
    String.raw`continu\w* (?:de |a )(?:fonctionner|tourner|operer|servir|produire|livrer|accueillir|commercer)|(?:magasins|boutiques|agences|sites|usines|cliniques|entrepots|points de vente)(?: [\w'-]+){0,4} (?:restent|reste|sont restee?s?|est restee?|demeurent|demeure) ouverte?s?`,
    String.raw`impossible de|incapables? de|ne (?:peut|peuvent|pouvait|pouvaient) plus|ne (?:pourr\w+|peu\w+|pouv\w+) pas (?:etre )?(?:traite|livre|expedie|honore|assure|servi)\w*|(?:hors des|au-dela des) delais habituels|(?:pas|plus) (?:ete |etait |etaient |etre )?en mesure (?:de |d')(?:les |le |la |l')?(?:traiter|livrer|expedier|honorer|assurer|servir|prendre|accepter|produire)`,
    String.raw`(?:pese\w*|impact\w*(?!${SMALL})) (?:[\w-]+ ){0,2}(?:sur )?(?:le |les |ses |son |sa )?(?:resultats?|chiffre d'affaires|ventes|marges?)|manque a gagner|pertes? (?:de |du )(?:chiffre d'affaires|ventes|revenus|production)|(?:procedure|solution|mode) de secours|impact(?!${SMALL}) (?:[\w,.'€$£%-]+ ){0,6}sur (?:le |les |ses |son |sa )?(?:resultats?|chiffre d'affaires|ventes|marges?|activite)`,
    // des ventes en recul avec l'incident : "les ventes en ligne ont chuté de 40 % pendant la fermeture du site"
    String.raw`(?:ventes|chiffre d'affaires|commandes|frequentation|volumes|reservations)(?:,? [\w'-]+){0,10}?,? (?:(?:ont|a|avaient|avait) )?(?:chute|baisse|recule|plonge|diminue|fondu|degringole|s'est effondre|se sont effondre)\w*(?:[^.;]|,(?=\d)){0,100}?\b(?:attaque|incident|panne|cyberattaque|piratage|perturbations?|site|systemes?|fermeture|ferme\w*|arret|hors ligne|indisponibilite)\b`,
  ],
  probe: [
    String.raw`enquetes?|enqueter|examens?|examiner|instructions?|procedures?|(?<!\b(?:autorites?|organes?|organismes?|instances?) de )controles?(?! prudentiel)|information judiciaire|poursuites|mise en examen|investigations?`,
    String.raw`(?:s'est |se sont |s'etait )?auto-?saisie?s?|(?:s'est |se sont )saisie?s? d'office|perquisitions?|perquisitionne\w*|visites? (?:et saisies?|inopinee?s?)|inspections? inopinee?s?|demandes? d'informations?`,
  ],
  sanction: [
    String.raw`amendes?|sanction(?:s|nee?s?)?|mise?s? en demeure|(?:communication|notification) (?:des |de )?griefs|griefs notifies|conclusions provisoires`,
  ],
  taken: [
    // "ont pu être consultées" says what may have happened, not what did
    String.raw`(?<!\bpu etre )(?:volee?s?|derobee?s?|exfiltree?s?|consultee?s?|copiee?s?|divulguee?s?|exposee?s?|compromise?s?|publiee?s?|aspiree?s?|subtilisee?s?|extraite?s?|piratees?|(?<!\b(?:les|des|un|le|ces|aux|du|de|par|nos|ses|leurs|quelques|plusieurs) )pirates?|siphonnee?s?|derobe|vole|exfiltre|mise?s? en vente|diffusee?s?|(?:ont|a|avaient|avait) fuite|(?:fait|realise|pris) (?:une )?copie (?:de|d'|des))`,
    String.raw`(?:vol|fuite|exfiltration|divulgation) (?:de |des |d')(?:[\w-]+ ){0,2}?(?:donnees|informations|adresses|coordonnees|identifiants|mots de passe|numeros|fichiers|noms)`,
    // des données envoyées au mauvais destinataire : "un fichier transmis par erreur à un autre client"
    String.raw`(?:envoyee?s?|adressee?s?|transmise?s?|expediee?s?|communiquee?s?) (?:[\w'-]+ ){0,2}?(?:par erreur|au mauvais destinataire|a (?:de |un |une )?mauvaise?s? (?:destinataires?|adresses?))`,
  ],
  guidance: [
    String.raw`(?:bas|haut) de (?:la |sa |leur )?fourchette|previsions?|objectifs?|ambitions|perspectives|avertissement sur (?:les |ses |leurs )?resultats|estimations? (?:du|de son|des) (?:cout|impact)s?|cout estime|(?:cout|impact) (?:total )?(?:attendu|prevu)|(?:contre|au lieu d(?:e|es|u)) (?:une |l'|son |sa |leur )?(?:estimation|evaluation)s? (?:[\w-]+ )?(?:de |d')`,
    String.raw`(?:devrai\w*|devait) (?:(?:desormais|quant a (?:lui|elle|eux|elles)|pour sa part|de son cote|donc|ainsi|maintenant) )*(?:s'etablir|atteindre|ressortir|se situer|s'elever)|(?:est|sont) (?:desormais|maintenant|a present|dorenavant) (?:attendue?s?|prevue?s?|estimee?s?)|(?:attend|prevoi|vise|table|anticipe|estime)(?:nt|t)? desormais|(?:attend|prevoi|vise|table|anticipe|estime)(?:nt|t)? (?:a present|maintenant|dorenavant)|(?:vise|visent|table|tablent|prevoit|prevoient) desormais|(?:ne|n') ?(?:devrai\w*|devait|devra|doit) (?:pas|plus) (?:depasser|exceder)|(?:ne|n') ?(?:prevoi\w*|vise\w*|table\w*|attend\w*|anticipe\w*|escompte\w*) plus (?:qu'|que |sur )`,
  ],
  remediation: [
    // la sécurité renforcée après l'incident : "a depuis généralisé la double authentification"
    String.raw`(?:deploye|generalise|instaure|mis en place|renforce)\w* (?:[\w'-]+ ){0,3}?(?:(?:double |l'|d'une )?authentification (?:forte|multifacteurs?|a (?:deux|double) facteurs?)|double authentification|(?:mesures|controles) de securite|controles d'acces)`,
    String.raw`(?:mesures|actions) correct(?:ives|rices)|procedure de reponse aux incidents|plan de continuite`,
    // rebuilding under way: "les équipes achèvent la reconstruction des postes de travail"
    String.raw`(?:achev|poursui|continu|termin)\w* (?:[\w'-]+ ){0,3}?(?:reconstruction|reinstallation|remise en etat)`,
    // un retard qui se résorbe : "résorber le retard accumulé", "écouler les commandes en attente"
    String.raw`(?:resorb|rattrap|ecoul|trait)\w* (?:le|son|ce|les|ses) (?:retards?|commandes en (?:attente|souffrance)|arriere)|(?:retards?|arriere|commandes en (?:attente|souffrance))(?: [\w'-]+){0,3} (?:sera|seront|devrai\w* etre|doi\w* etre) (?:totalement )?(?:resorbee?s?|rattrapee?s?|ecoulee?s?|traitee?s?)\b`,
    String.raw`accelere\w* (?:ses|son|sa|le|la|les) (?:projets?|plans?|migration|programmes?|investissements?)|(?:migration|migrer) (?:vers|de (?:ses|son|sa|leurs?|l'ensemble)|(?:ses|son|sa|leurs?|l'ensemble))\b|renforcer (?:la|sa) securite|(?:renforc|augment|accroi|accru|doubl|tripl)\w* (?:[\w'-]+ ){0,3}?investissements? (?:[\w'-]+ ){0,2}?(?:en|dans la|dans sa) (?:cyber ?)?securite|renforc\w* (?:[\w'-]+ ){0,3}?(?:securite|protections?|defenses|mesures de (?:securite|protection)|dispositifs? de (?:securite|protection|cybersecurite)|cybersecurite)`,
    String.raw`(?:poursui\w*|continu\w*|mene\w*) (?:ses|les|son|sa|leurs?) (?:propres )?(?:investigations|enquetes?|analyses|recherches)|(?:de plus amples )?(?:investigations?|enquetes?|analyses?) (?:(?:sont|est) )?(?:en cours|se poursui\w*)|(?:investigations|enquete interne|analyses?) (?:[\w-]+ ){0,4}(?:sont|est) en cours`,
    // les difficultés dites derrière la société : "les difficultés logistiques sont désormais derrière nous"
    String.raw`(?:difficultes|problemes|perturbations|incident|pire|soucis)(?: [\w'-]+){0,4} (?:(?:sont|est|etaient|etait) )?(?:(?:desormais|largement|en grande partie|maintenant|bien) )?derriere (?:nous|lui|elle|eux|le groupe|l'entreprise|la societe)\b`,
    // une reprise presque achevée : "une activité proche de la normale", "quasi normale", "en voie de normalisation"
    String.raw`(?:proches? de la|quasi(?:-| )?|presque|pratiquement) normale?s?\b|(?:en voie|en cours) de normalisation|(?:se normalise\w*|rentr\w* (?:progressivement |peu a peu )?dans l'ordre)`,
    // the investigations named by a pronoun or as work, known by their purpose: "celles-ci se poursuivent afin de déterminer si..."
    String.raw`(?:celles?-ci|ceux-ci|elles?|ils?|les travaux|ces travaux) (?:se poursui\w*|continu\w*|(?:sont|est) (?:toujours )?en cours) (?:[\w'-]+ ){0,2}?(?:afin de|pour|en vue de) (?:determiner|etablir|identifier|evaluer|mesurer|verifier|comprendre|cerner)`,
  ],
  decision: [
    // des remèdes proposés à une autorité : "se dit prêt à proposer des engagements", "a soumis des mesures correctives à l'Autorité"
    String.raw`(?:propos\w*|offr\w*|soum\w*) (?:[\w'-]+ ){0,2}?(?:engagements|remedes|contreparties)\b`,
    String.raw`(?:f(?:era|erait|eront|eraient|ait|aire)|interjete\w*) appel (?:de|contre)|interjete\w* appel|fera appel|ne (?:ferait|feront|feraient) pas appel|(?:va|vont|allait|allaient|compte|comptent|entend|entendent|decide de|envisage de) faire appel(?! (?:a|aux?)\b)|sans faire appel|ne (?:fera|fait) pas appel|accepte\w* (?:la|cette) (?:decision|sanction)|prend(?:re)? acte|(?:former|forme|formera|formuler|deposer|depose|deposera|exercer|introduire|engager|engage) (?:un )?recours|d'un recours|recours (?:devant|contre|en annulation)`,
    // contested or not: "conteste la décision", "ne contesterait pas la sanction", "n'entend pas contester cette amende"
    String.raw`contest\w* (?:pas |plus |point )?(?:[a-z]+ment )?(?:(?:une partie|certains (?:points|elements|aspects)) (?:de |d'|des ))?(?:la|cette|les|le|ce|ces|l')\s?(?:[\w'-]+ ){0,2}?(?:decision|sanction|amende|conclusions|jugement|condamnation|griefs|analyse)|(?:ne|n') ?contest\w* pas|(?:ne|n') ?(?:entend\w*|compte\w*|souhaite\w*|envisage\w*|va|vont) pas (?:contester|faire appel|former (?:de |un )?recours)|ne pas (?:faire appel|contester|former (?:de |un )?recours)|(?:rejet\w*|refut\w*) (?:[a-z]+ment )?(?:la|cette|les|le|ces|l')\s?(?:[\w'-]+ ){0,2}?(?:decision|sanction|amende|conclusions|griefs|analyse|accusations)|renonc\w* a (?:faire appel|tout recours|contester|former (?:un )?recours)|(?:s'incline\w*|accept\w*) (?:devant )?(?:la|cette|cet|les|le|ce|ces|l')\s?(?:[\w'-]+ ){0,2}?(?:decision|sanction|amende|conclusions|accord|transaction|reglement)`,
  ],
  outlookHeld: [
    // plus rien à passer en charge : "aucune charge supplémentaire sur ses résultats"
    String.raw`(?:aucune|pas de|sans) (?:nouvelle )?(?:charge|impact|incidence)s? (?:supplementaire|additionnel\w*|nouvel\w*) (?:sur|dans) (?:ses |les |le |son |nos )?(?:resultats?|comptes|benefices?|compte de resultat)\b`,
    String.raw`ne (?:devrai\w*|devait|doit) pas (?:avoir|entrainer) (?:d'|de )?(?:[\w-]+ )?(?:impact|incidence|effet|consequence|repercussion)s?|(?:aucun\w* |pas(?:, [\w' ]{2,25},)? d'|pas(?:, [\w' ]{2,25},)? de |sans )(?:[\w-]+ ){0,2}(?:impact|incidence|effet|consequence|repercussion)s? (?:[»"”] )?(?:[\w-]+ ){0,3}sur (?:[\w'-]+ ){0,3}(?:objectifs?|perspectives|previsions|performances?|resultats|dividendes?|politique de (?:dividende|distribution))`,
    // an outlook, target or dividend kept: "maintient sa politique de distribution", "conserve son objectif de marge"
    String.raw`(?:confirm\w*|maintien\w*|maintenu\w*|maintena\w*|maintenons|maintenez|maintenir|maintiendr\w*|reitere\w*|reaffirm\w*|conserv\w*|garde\w*)${ASIDE} (?:[\w'-]+ ){0,4}?(?:objectifs?|perspectives|previsions?|ambitions?|guidance|plan d'investissements?|investissements|dividendes?|politique de (?:dividende|distribution))\b|(?:objectifs?|perspectives|previsions|horizon(?: de tresorerie)?|dividendes?) (?:sont |est |reste |restent |demeure |demeurent |sera |seront |restera |resteront )?(?:inchange|maintenu)\w*|(?:objectifs?|perspectives|previsions|dividendes?)(?:,? [\w'.,%€$£-]+){1,12}? (?:sont|est|reste|restent|demeure|demeurent|a ete|ont ete|sera|seront|restera|resteront) (?:egalement |bien |en revanche |toutefois |pour sa part |neanmoins |cependant )?(?:inchange|maintenu|confirme|reaffirme|reitere)\w*|(?:objectifs?|perspectives|previsions|dividendes?)(?: [\w',-]+){0,8}?,? (?:n'est|ne sont|n'a|n'ont) pas (?:ete )?(?:modifie|revu|change|remis en cause)\w*|(?:continuer\w*|continue\w*|poursuivr\w*) (?:de |a )verser (?:[\w%,'-]+ ){0,6}?(?:dividendes?|actionnaires)|versera (?:bien |normalement |comme prevu )?(?:son|le|ses|les) (?:[\w-]+ )?dividendes?|dividendes?(?: [\w',-]+){0,10}? (?:sera|seront) (?:bien |normalement )?verse\w*(?: comme prevu)?`,
    // une ligne de chiffres : "Dividende intérimaire : 0,18 € par action (inchangé)"
    String.raw`dividendes?(?: [\w'.,%€$£:-]+){0,8}? \((?:inchange|maintenu|stable)e?s?\)`,
    // un dividende dit préservé, ou maintenu en apposition : "le dividende, 1,15 euro par action, maintenu au niveau de l'an dernier"
    String.raw`dividendes?(?:,? [\w'.,%€$£-]+){0,10}? (?:est|sont|reste|restent|demeure) (?:bien )?(?:preserve|garanti|assure|securise|sanctuarise)e?s?\b|dividendes?(?:,? [\w'.,%€$£-]+){1,12}?, (?:maintenu|inchange|reconduit|confirme)s? (?:au|a|par rapport)\b`,
    // un effet que la société juge faible : "n'aura qu'un effet marginal sur les résultats", "un impact limité sur ses comptes"
    String.raw`(?:n'aura\w*|n'a|ne devrai\w* avoir|n'auront) qu'un (?:[\w-]+ )?(?:impact|effet|incidence) (?:[\w-]+ )?sur|(?:impact|effet|incidence) (?:tres |relativement )?(?:limitee?|marginale?|negligeable|minime|modere|modeste|non significati(?:f|ve)) sur (?:les |ses |son |sa |leurs? )?(?:[\w-]+ )?(?:resultats|comptes|objectifs|perspectives|previsions|rentabilite|marges?|benefices?)`,
    // une confiance dans les objectifs : "se dit confiant dans sa capacité à atteindre ses objectifs annuels", "en bonne voie pour tenir ses prévisions"
    String.raw`(?:confiante?s?|en (?:bonne )?voie|en ligne) (?:dans sa capacite a|de pouvoir|quant a sa capacite a|pour|de) (?:atteindre|tenir|realiser|respecter|remplir) (?:[\w'-]+ ){0,3}?(?:objectifs?|previsions|perspectives|guidance|ambitions)\b`,
    // un effet exclu : "exclut tout impact sur ses objectifs"
    String.raw`exclu\w* (?:tout|toute|un|une) (?:[\w-]+ )?(?:impact|incidence|effet|consequence|remise en cause) (?:[\w-]+ )?(?:sur|de) (?:ses |les |son |sa )?(?:objectifs?|perspectives|previsions|resultats|dividendes?)\b`,
    // "confirme viser", "réaffirme tabler sur"
    String.raw`(?:confirm\w*|reaffirm\w*|reitere\w*) (?:[\w-]+ ){0,2}?(?:viser|tabler sur|anticiper|prevoir|s'attendre a|compter sur)|(?:table|tablent|vise|visent|compte|comptent|mise|misent) toujours (?:sur )?|continu\w* (?:de |d'|a )(?:tabler sur|viser|prevoir|anticiper|compter sur|s'attendre a)`,
    // an outlook the news does not change: "ne remet pas en cause ses objectifs", "sans modifier ses prévisions"
    String.raw`(?:ne |n')(?:remet|modifie|change|affecte|compromet)\w* (?:pas|en rien)(?:, [\w' ]{2,25},)? (?:en (?:cause|question)(?:, [\w' ]{2,25},)? )?(?:[\w'-]+ ){0,3}?(?:objectifs?|perspectives|previsions?|dividendes?|politique de (?:dividende|distribution)|resultats)|sans (?:remettre en (?:cause|question)|modifier|changer|affecter) (?:[\w'-]+ ){0,3}?(?:objectifs?|perspectives|previsions?|dividendes?)`,
  ],
  remedies: [
    // chaque personne touchée informée par écrit : "chaque client concerné recevra un courrier", "les abonnés touchés seront prévenus par courriel"
    String.raw`(?:chaque|chacun des|tous les|les) (?:[\w-]+ )?(?:clients?|abonnes?|assures?|adherents?|patients?|usagers?|porteurs?|salaries)(?: (?:concernee?s?|touchee?s?|affectee?s?|impactee?s?))? (?:recevr\w*|vont recevoir|va recevoir|(?:seront|sera) (?:informee?s?|prevenue?s?|avertie?s?) (?:individuellement|par (?:courrier|courriel|e-mail|sms|lettre)))\b`,
    // les opérations frauduleuses remboursées : "s'engage à rembourser intégralement toute opération frauduleuse"
    String.raw`(?:rembours|indemnis|compens|prend\w* en charge)\w* (?:[a-z]+ment )?(?:toutes les |toute?s? |tous les |les |l'ensemble des )?(?:operations?|transactions?|paiements?|debits?|achats?|prelevements?|depenses?)(?: [\w'-]+){0,2}? (?:frauduleu\w*|litigieu\w*|non autorisee?s?|suspecte?s?)`,
    // une ligne ouverte pour les personnes touchées : "une ligne d'assistance gratuite"
    String.raw`lignes? (?:telephoniques? )?d'(?:assistance|ecoute|information|urgence)\b`,
    // des frais causés par l'incident, remboursés ou annulés : "remboursera les frais facturés en raison de la panne"
    String.raw`(?:rembours|annul|prend\w* en charge|pris en charge|compens)\w* (?:les |des |tous les |l'ensemble des )?(?:frais|penalites|interets|agios|couts)(?: [\w'-]+){0,6}? (?:en raison de|a cause de|causes? par|lies? a|dus? a|du fait de|consecutifs? a|pendant|durant) (?:l'|la |le |cette |cet )?(?:[\w-]+ ){0,2}?(?:panne|incident|attaque|cyberattaque|perturbation|indisponibilite|interruption|defaillance|dysfonctionnement|bug|erreur)\b`,
    // une somme versée ou créditée à chacun des clients touchés : "un geste commercial", "créditera 10 euros sur la facture de chaque abonné"
    // un bon d'achat envoyé aux clients touchés : "enverra un bon d'achat de 10 euros aux clients dont la commande a échoué"
    String.raw`(?:envo\w*|enverr\w*|offr\w*|offert\w*|accord\w*|distribu\w*) (?:[\w€$£.,'-]+ ){0,2}?(?:bons? d'achat|bons? de reduction|codes? de reduction|avoirs?|cartes? cadeaux?)(?: [\w€$£.,'-]+){0,4}? (?:a|aux|a tous les|a chaque|a l'ensemble des) (?:[\w-]+ )?(?:clients?|abonnes?|usagers|adherents|voyageurs|assures)\b`,
    String.raw`gestes? (?:commercial|commerciaux|de bonne volonte)|(?:credit|vers|offr|offert|accord|rembours)\w* (?:[\w€$£.,'-]+ ){0,6}?(?:a|aux|sur (?:la |les )?(?:factures?|comptes?) (?:de|d'|des)) ?(?:chaque|chacun des|tous les|l'ensemble des) (?:[\w-]+ )?(?:clients?|salaries|collaborateurs|abonnes?|usagers|adherents|patients|voyageurs|assures|producteurs|menages)\b`,
    String.raw`surveillance (?:gratuite )?d(?:e|u) credit|(?:surveillance|protection) (?:gratuite )?(?:de l'|d')identite|(?:ecri\w*|ecrira\w*) a (?:toutes les personnes|chacun des clients|tous les clients) (?:concernee?s?|touchee?s?|affectee?s?)|(?:rembours|exoner|annul|renonc)\w* (?:a |aux )?(?:les |des )?(?:frais|redevances|taxes|billets|penalites) (?:[\w'-]+ ){0,2}?(?:des |pour les |sur les )(?:vols|commandes|reservations|trajets|rendez-vous|livraisons) (?:annulee?s?|perturbee?s?|retardee?s?)|contacter (?:tous )?ses clients|contacte tous ses clients`,
    // chaque personne touchée contactée, ou indemnisée de ses pertes : "va contacter individuellement chaque abonné concerné", "indemnisera tout client lésé"
    String.raw`contact\w* (?:[a-z]+ment )?(?:chaque|chacun (?:de ses|des)|tous (?:les|ses)|l'ensemble (?:des|de ses)) (?:[\w-]+ )?(?:clients|abonnes|patients|assures|usagers|passagers|porteurs|salaries|client|abonne|patient|assure|usager|passager|porteur)\b|(?:rembours|indemnis|dedommag)\w* (?:tout|tous les|chaque|les) (?:[\w-]+ )?(?:clients?|abonnes?|patients?|assures?|usagers?|passagers?|porteurs?)(?: [\w'-]+){0,3}? (?:qui (?:aurai\w*|aura|a|ont|auront) subi|lese?s?|victimes?)\b`,
    // un contrat quitté sans frais : "pourront résilier leur abonnement sans frais", "les frais de résiliation sont supprimés"
    String.raw`resili\w* (?:[\w'-]+ ){0,3}?(?:contrats?|abonnements?|forfaits?|polices?|comptes?) (?:[\w'-]+ ){0,2}?sans (?:frais|penalites?|indemnites?)|(?:frais|indemnites?|penalites?) de resiliation (?:[\w'-]+ ){0,2}?(?:offerts?|annulee?s?|supprimee?s?|rembourse\w*)|sans frais de resiliation`,
    // une ligne ouverte pour les personnes touchées : "une cellule d'écoute téléphonique a été ouverte", "un numéro vert"
    String.raw`cellules? d'(?:ecoute|assistance|information|accompagnement)|numeros? verts?|ligne (?:telephonique )?dediee|plateforme (?:telephonique )?d'(?:assistance|information)`,
  ],
  insurance: [
    // le coût attendu des assureurs : "compte sur son assurance cyber pour en couvrir une partie", "une indemnisation de ses assureurs"
    String.raw`(?:son|sa|ses|leur|leurs) (?:polices? d'|contrats? d'|couvertures? d')?(?:assurances?|assureurs?)(?: [\w'-]+){0,3}? (?:pour |afin d'|de )?(?:en |le |la |les |l')?(?:couvr\w*|rembours\w*|indemnis\w*|prendr\w* en charge|compens\w*|verse\w*|paye\w*|regle\w*)|(?:indemnisation|remboursement|indemnites?) (?:de |par |versee?s? par )(?:son |ses |sa |leur |leurs |l')assur\w*`,
    // au passif : "une partie sera prise en charge par son assurance cyber"
    String.raw`(?:prise?s? en charge|couverte?s?|remboursee?s?|indemnisee?s?) (?:[\w-]+ ){0,2}?par (?:son |sa |ses |leur |leurs |l'|les )(?:polices? d'|contrats? d')?(?:assurances?|assureurs?)`,
  ],
  calendar: [
    // une publication financière reportée : "a décidé de reporter la publication de son chiffre d'affaires du troisième trimestre"
    String.raw`(?:report\w*|decal\w*|differ\w*|repouss\w*) (?:la |de la )?(?:publication|presentation|communication|annonce) (?:de |des |du |d')(?:ses |son |sa |leurs? )?(?:[\w'-]+ ){0,3}?(?:resultats|chiffre d'affaires|comptes|ventes|rapport annuel|etats financiers)`,
    // le calendrier d'une opération décalé : "la finalisation de l'acquisition est désormais attendue au quatrième trimestre"
    String.raw`(?:finalisation|realisation|closing|conclusion|bouclage) (?:de |du |d')(?:l'|la |le )?(?:[\w'-]+ ){0,3}?(?:operation|acquisition|rachat|fusion|transaction|cession|rapprochement)\w*(?: [\w'-]+){0,3}? (?:est |sont )?(?:desormais|maintenant|a present) (?:attendue?|prevue?|envisagee?)|(?:report\w*|decal\w*|repouss\w*) (?:la )?(?:finalisation|realisation|closing|conclusion) (?:de |du |d')`,
  ],

  negation: [
    String.raw`aucun\w*|sans|ni|nie|nient|dement\w*|exclu\w*|pas d[e']|empech\w*|eviter|evite|non(?![ -]?(?:autoris|urgent|essentiel|critique|prioritaire|vita))`,
    // "ne" counts only with its second part: "ne ... que" restricts rather than denies
    String.raw`(?:ne|n')\s?[^.]*?\b(?:pas|plus|jamais|aucun\w*|rien|nullement|guere|point)`,
    // "rien n'indique que", "personne n'a": the negative word comes before "ne"
    String.raw`(?:rien|personne|nul(?:le)?)\s(?:ne\b|n')`,
    // une cause écartée : "due à une mise à jour plutôt qu'à une attaque"
    String.raw`plutot qu(?:e|')|et non (?:pas )?(?:a|de|d'|par|une?)`,
  ],
  hedge: [
    String.raw`pourrai\w*|pourra|pourront|peut-etre|eventuel\w*|possibles?|possibilite|eventualite|potentiel\w*|susceptibles?|risqu\w*|aurai\w*|serai\w*|devrai\w*|semble\w*|soupcon\w*|presum\w*|probabl\w*|si`,
    String.raw`envisag\w*|prevoi\w*|s'attend\w*|espere\w*|sera|seront|va|vont|craint\w*|craign\w*|redout\w*`,
    // l'incident nommé comme l'objet d'une rumeur : "alors qu'une rumeur de piratage circulait"
    String.raw`rumeurs? (?:de|d'une|d'un|du)`,
    // une possibilité que l'on n'exclut pas : "ne peut exclure que des données aient été consultées", "il n'est pas exclu que"
    String.raw`(?:ne |n')(?:peu\w*|pouv\w*|pourr\w*) (?:pas )?(?:encore )?exclure|(?:n'est|n'etait|ne sont) pas (?:encore )?exclue?s?|pas (?:encore )?exclue?s?`,
    // a hypothesis and what it would bring: "en cas de fuite", "s'exposerait à une amende", "encourt une sanction"
    String.raw`en cas d[e']|dans l'hypothese|s'expos\w*|exposerai\w*|encour(?:t|ent|rai\w*|ra|rir|u)`,
    // ce qu'une autorité peut faire, et l'enquête que d'autres réclament : "la CNIL peut infliger", "ont demandé à l'AMF d'ouvrir une enquête"
    String.raw`peu(?:t|vent) (?:[\w'-]+ ){0,2}?(?:infliger|prononcer|imposer|sanctionner)|(?:demande\w*|appell?(?:e|ent|ait|aient)|ont appele|a appele|exhort\w*|invite\w*) (?:a |au |aux )?(?:l'|la |le |les )\s?(?:autorites?|regulateurs?|gendarme|superviseur|justice|parquet|procureur|gouvernement|ministre|amf|cnil|acpr|anssi|arcep|dgccrf|pnf|commission)(?: [\w-]+){0,3}? (?:a|de|d)|reclam\w* (?:l'ouverture d'|une )(?:[\w-]+ )?(?:enquete|procedure)`,
  ],
  rumour: [
    String.raw`selon (?:des|plusieurs|certaines|nos) (?:sources|informations|medias)|(?:selon|d'apres) (?:la presse|les medias|des medias|plusieurs medias|des informations de presse|des articles de presse)|d'apres (?:des|plusieurs|certaines|nos) (?:sources|informations|medias)`,
    String.raw`de sources? (?:proches?|syndicales?|concordantes?|bien informees?)|sources? proches? (?:du dossier|de l'enquete)`,
    // des rumeurs, sauf celles que l'article donne pour cause d'un fait : "le titre a reculé dans le sillage de rumeurs circulant sur les réseaux sociaux"
    String.raw`(?<!\b(?:sillage|fond|suite|lendemain) (?:de |des |d')|\b(?:sur|apres|malgre) (?:des |les |de ))rumeurs?(?! (?:selon|qu|que|d'une?|de (?:cyberattaque|piratage|fuite|rachat|faillite|vente)))`,
    // une revendication que personne n'a confirmée : "revendiqué par un groupe de pirates", "n'a pas pu être vérifiée"
    String.raw`revendiqu(?!ee?s? par)\w*|(?<!, |\bet )revendiquee?s? par|(?<!\b(?:(?:jour|lendemain|veille|moment|date) de|depuis|avant|des) (?:la|sa|cette) )revendications?|(?:n'a|n'ont|n'avait|n'avaient) pas (?:encore )?(?:pu )?(?:ete |etre )?(?:confirmee?s?|verifiee?s?|confirmer|verifier)|non (?:confirmee?s?|verifiee?s?)`,
    // ce que rapporte la presse sans que la société le confirme : "des informations de presse selon lesquelles", "des proches du dossier"
    // un article que la société dément ou ne confirme pas : "un article paru dans une publication spécialisée"
    String.raw`(?:article|information)s? (?:de presse )?(?:paru|publie)e?s? (?:dans|par) (?:la |une |un |le |l')?(?:presse|publication|journal|quotidien|magazine|site|revue|hebdomadaire|media)`,
    String.raw`(?:des |selon des |d'apres des )proches (?:du dossier|de l'enquete|de la direction|du groupe|de l'autorite|du regulateur)|(?:informations?|articles?|rumeurs?) (?:de presse |parues? |publiee?s? )?(?:[\w'-]+ ){0,4}?selon (?:lesquelles|lequel|laquelle)|(?:n'a|n'ont|n'avait) pas (?:souhaite|voulu|pu etre joint\w* pour) commenter (?:ces|les|des|cette|l') ?(?:informations|articles?|rumeurs?|information)`,
  ],
  background: [
    // ce qu'une loi exige des entreprises en général : "la directive imposera aux opérateurs des obligations"
    String.raw`(?:directive|reglement|loi|legislation|texte)s? (?:[\w-]+ ){0,3}?(?:impose|imposera|imposent|imposeront|oblige|obligera|exige|exigera)\b`,
    // une tendance, non une nouvelle de la société : "les attaques contre les hôpitaux se sont multipliées"
    String.raw`se sont multipliee?s|de plus en plus (?:frequente?s?|courante?s?|repandue?s?)|(?:sont|est) devenue?s? (?:plus |tres )?(?:frequente?s?|courante?s?|repandue?s?)|multiplication des|recrudescence|(?:une serie|une vague|une multiplication|une succession) d(?:e |')(?:[\w-]+ ){0,2}?(?:cyber)?(?:attaques|incidents|intrusions)`,
    String.raw`des entreprises comme|entreprises telles que|societes telles que|d'autres (?:entreprises|societes|groupes|victimes)|autres victimes|ces dernieres annees|l'une des (?:tres )?nombreuses victimes`,
    String.raw`(?:une |un |l'|le |la )?(?:sondage|etude) (?:de|du|menee?|publiee?|realisee?|revele|montre)`,
    // another company's incident or move: "à un concurrent", "l'attaque contre son concurrent", a sentence opening on a rival
    String.raw`(?:a|contre|chez|visant) (?:un|l'un|son|ses|l'un de ses|un de ses) (?:principal |principaux |grand |plus grand )?(?:concurrents?|rivaux|rival)|^(?:(?:plusieurs|certains|deux|trois|quatre|nombre|la plupart|aucun) (?:de |d'|des )?)?(?:son |ses |un |le |la |les |l'un de ses |autres |d'autres |plusieurs |certains )?(?:principal |principaux |grand |plus grand |grands )?(?:concurrents?|rivaux|rival)\b`,
  ],
  analyst: [
    // la société qui s'adresse aux analystes ("a indiqué aux analystes") ou se mesure à leur consensus n'exprime pas leur avis
    String.raw`(?<!\b(?:told|tells|telling|briefed|briefing|reassured|with|for|aux|devant les|avec les) )analystes?|(?<!\b(?:le|du|au) )courtiers?(?! (?:en |d'|de )(?:assurances?|ligne|credit|prets?|energie|immobilier|travaux))|recommandation|objectif de cours|surpondere|sous-pondere|(?<!\b(?:in line with|en ligne avec|conforme au)(?: the| le)?(?: current)?(?: market)? )consensus`,
    // un gérant de fonds, ou un bureau d'études qui parle en "on" : "un gérant parisien estime", "chez X, on juge que"
    String.raw`gerante?s? (?:de (?:fonds|portefeuille|actifs))|(?:un|une) gerante? [a-z]+ (?:estime|juge|considere|pense)|strategiste|chez [^,.;]{2,40}, on (?:juge|estime|pense|considere|note|souligne|table|anticipe)`,
    // l'avis d'un avocat ou d'un universitaire extérieur : "avocate spécialisée", "selon un juriste", "professeur de droit"
    String.raw`avocate?s? (?:specialisee?s?|specialistes? (?:du|de|des|en)|independante?s?|en droit (?:de la concurrence|des affaires|boursier))|(?:selon|pour|d'apres) (?:un|une) (?:avocate?|juriste|professeur)|professeure? de droit|juristes?`,
    // quelqu'un d'une organisation que l'article ne nomme pas (un client, une régie, une collectivité) : un observateur
    String.raw`(?:directeur|directrice|responsable|dirigeante?|patron(?:ne)?|chef|ingenieure?|technicien(?:ne)?|porte-parole)s? (?:[\w-]+ )?(?:d'une?|chez une?|de l'une? des) (?!(?:[\w'-]+ ){0,3}?(?:du groupe|de la societe|de l'entreprise|de l'enseigne|de ses|du reseau)\b)`,
  ],
  past: [
    String.raw`l'an (?:dernier|passe)|l'annee (?:derniere|passee)|le mois dernier|il y a (?:[\w-]+ )?(?:ans?|mois)|precedemment|auparavant|par le passe|a l'epoque`,
  ],
};

/** De qui parle une phrase française : les mots autour de son sujet grammatical (`companies/attribution.ts`). */
export const FR_ATTRIBUTION: AttributionWords = {
  opener: [
    String.raw`(?:dans|en|pour|apres|avant|depuis|des|lors|selon|d'apres|chez|sur|sous|par|avec|malgre|face|hier|aujourd'hui|ce|cette|toutefois|cependant|par ailleurs|de son cote|du cote|a l'inverse|a l'oppose|au contraire|a contre-courant|contacte|contactee|interroge|interrogee|sollicite|sollicitee|surtout|enfin|ainsi|mais|pourtant|ailleurs|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b[^,.;:"]{0,80},`,
    // un horodatage de direct : "9h34 -", "14:05 -"
    String.raw`\d{1,2}(?:h|:)\d{0,2}\s*-?`,
  ],
  // une société désignée par son métier, avec l'article défini : "le distributeur de matériel électrique", "l'industriel"
  definiteDescriptor: [
    String.raw`(?:l'|(?:le|la) (?:[a-z-]+ )?)(?:distributeur|fabricant|industriel|operateur|assureur|transporteur|constructeur|fournisseur|enseigne|laboratoire|exploitant|editeur|equipementier|sous-traitant|producteur|chimiste|brasseur|promoteur|prestataire|specialiste|armateur|voyagiste|banque|compagnie)`,
  ],
  // une société présentée sans son nom, jamais les pirates ("un groupe de pirates") ni un porte-parole de la société
  indefiniteDescriptor: [
    String.raw`(?:un|une) (?:autre )?(?:groupe|distributeur|fabricant|industriel|operateur|assureur|transporteur|constructeur|fournisseur|enseigne|laboratoire|exploitant|editeur|equipementier|sous-traitant|producteur|prestataire|banque|compagnie|entreprise|societe|chaine)(?! (?:de |d')(?:pirates|hackers|cyber\w*|attaquants|criminels|rancongiciel|ransomware))(?! (?:criminel|cybercriminel|mafieux|de porte-parole)\b)(?!,? (?:(?:qui|qui a|qui avait) )?(?:revendiqu\w*|affirmant|disant|pretendant))`,
  ],
  subjectReference: [
    String.raw`le groupe|la societe|l'entreprise|la compagnie|la direction|le conseil d'administration|son (?:pdg|president|directeur general|directeur financier|porte-parole)|sa (?:presidente|directrice generale|directrice financiere|porte-parole)|nous|notre`,
  ],
  carryOver: [String.raw`il|elle`],
  otherDescriptor: [
    // ce qu'est l'autre société pour le sujet : "son ancien actionnaire", "un concurrent", "l'un de ses fournisseurs" ;
    // avec "le", un fournisseur ou un sous-traitant est souvent le sujet lui-même ("le fournisseur d'électricité X")
    String.raw`(?:un|une|son|sa|ses|leur|l'un de ses|un de ses) (?:ancien |ancienne |ex-|principal |principale |premier |plus gros |plus grand |grand )?(?:concurrente?|rival|actionnaire|maison mere|societe mere|proprietaire|fournisseur|sous-traitant|partenaire|repreneur|acquereur|homologue|confrere)s?`,
    String.raw`(?:l'|(?:le|la|les) )(?:ancien |ancienne |ex-|principal |principale |grand )?(?:concurrente?|rival|ancien actionnaire|ancienne maison mere|maison mere|societe mere|repreneur|acquereur)s?`,
    // un client, non les clients : une personne ou une société à côté du sujet
    String.raw`(?:le|un|son) (?:principal |premier |plus gros |plus grand |grand |ancien )?client(?!s)`,
    String.raw`un autre (?:groupe|acteur|emetteur|editeur|hebergeur|assureur|distributeur|operateur|fabricant|industriel|exploitant|transporteur|fournisseur|constructeur|laboratoire|etablissement|prestataire)|une autre (?:entreprise|societe|enseigne|compagnie|banque|victime)`,
  ],
  companyRole: [
    String.raw`(?:(?:son|sa|le|la|un|une) )?(?:pdg|president|presidente|directeur general|directrice generale|directeur financier|directrice financiere|dg|porte-parole|fondateur|fondatrice)`,
  ],
  subjectVerb: [
    String.raw`a|avait|aurait|est|sont|etait|sera|serait|affirme|assure|indique|explique|estime|declare|precise|reconnait|confirme|dit|raconte|souligne|ajoute|annonce|qui|se|s'|l'|n'|ne|vient|doit|peut|va`,
  ],
};
