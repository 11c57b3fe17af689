-- bench/support-seed.sql: stores @N@ support requests (default 100,000) in one go, set-based, for bench/support.
-- The same SQL runs on H2 (MODE=PostgreSQL, through H2's RunScript with the instance stopped) and on PostgreSQL
-- (through psql). bench/support replaces @N@ (the number of requests) and @NEXT@ (where the request sequence
-- restarts, past the seeded ids) and puts in front of it what differs between the two: the table bench_n(x bigint)
-- holding 1..@N@ (H2: SYSTEM_RANGE, PostgreSQL: generate_series).
--
-- The data is deterministic (the same rows on both databases, run after run): every "random" choice comes from
-- x * a + c modulo the prime 1000003, with a different a per choice. It needs the FASE register already imported
-- (the schools and implantations are real ones) and the schema of V8__support.sql.
--
-- What it looks like:
-- - ids 1..@N@, references D-000001…, filed over the last 365 days, evenly, the highest id the most recent;
-- - the operator holding each request: ecole-numerique-rw 15 %, maintenance-rw 17 %, cirb 8 %, the five federations
--   (wbe 8 %, cecp 9 %, cpeons 4 %, segec 11 %, felsi 2 %), ifc 9 %, etnic 9 %, sgne 5 %, and 3 % of pedagogical
--   requests from communal schools, which two federations cover: still in the SGNE's triage while new, assigned by
--   it (to cecp or cpeons) afterwards;
-- - the school: a real implantation among those the operator covers (Wallonia for the regional services, Brussels
--   for the CIRB, the federation's network for a federation, any school otherwise), with its network, zone and
--   levels; the need: one the operator's card declares;
-- - the status from the age: new or taken in charge the first day; then taken, waiting for the requester,
--   resolved (within the 10-day reopening time) or withdrawn; closed for most older ones, with 1 % of stale open
--   requests (taken in charge, past their due date, escalated to the SGNE) and some reopened ones;
-- - one holding (support_assignment) per request an operator holds, with its due dates and measured times, and the
--   timeline entries: FILED, ROUTED (or TRIAGE, then ASSIGNED), TAKEN, RESOLVED, CLOSED or WITHDRAWN as they apply.
-- Finally support_request_seq is moved past the seeded ids, so the application's next ids follow them.

create table bench_now as select current_timestamp as now;

-- Implantations with compulsory teaching, one row per (school, implantation), and their levels.
create table bench_site as
select s.fase as school_fase, s.name as school_name, s.network as network, s.zone as zone, ss.fase as site_fase,
       max(case when o.teaching_type in ('MATERNEL_ORDINAIRE', 'PRIMAIRE_ORDINAIRE', 'MATERNEL_SPECIALISE',
                                         'PRIMAIRE_SPECIALISE') then 1 else 0 end) as fondamental,
       max(case when o.teaching_type in ('SECONDAIRE_ORDINAIRE', 'SECONDAIRE_CEFA', 'SECONDAIRE_SPECIALISE')
                then 1 else 0 end) as secondaire
from school s
join school_offering o on o.school_id = s.id
join school_site ss on ss.id = o.site_id
where s.retired_at is null and o.retired_at is null and ss.retired_at is null
  and s.network not in ('INDETERMINE', 'SUBVENTIONNE_OFFICIEL_HE')
  and o.teaching_type in ('MATERNEL_ORDINAIRE', 'PRIMAIRE_ORDINAIRE', 'MATERNEL_SPECIALISE', 'PRIMAIRE_SPECIALISE',
                          'SECONDAIRE_ORDINAIRE', 'SECONDAIRE_CEFA', 'SECONDAIRE_SPECIALISE')
group by s.fase, s.name, s.network, s.zone, ss.fase;

-- The implantations each kind of operator covers, numbered within the pool.
create table bench_pool_site as
select p.pool as pool, row_number() over (partition by p.pool order by p.school_fase, p.site_fase) as n,
       p.school_fase as school_fase, p.school_name as school_name, p.network as network, p.zone as zone,
       p.site_fase as site_fase, p.fondamental as fondamental, p.secondaire as secondaire
from (
    select 'ALL' as pool, b.school_fase, b.school_name, b.network, b.zone, b.site_fase, b.fondamental, b.secondaire
    from bench_site b where b.zone <> 'HORS_ZONES'
    union all
    select 'WAL', b.school_fase, b.school_name, b.network, b.zone, b.site_fase, b.fondamental, b.secondaire
    from bench_site b where b.zone not in ('BRUXELLES', 'HORS_ZONES')
    union all
    select 'BXL', b.school_fase, b.school_name, b.network, b.zone, b.site_fase, b.fondamental, b.secondaire
    from bench_site b where b.zone = 'BRUXELLES'
    union all
    select 'WBE', b.school_fase, b.school_name, b.network, b.zone, b.site_fase, b.fondamental, b.secondaire
    from bench_site b where b.network = 'WBE'
    union all
    select 'CECP', b.school_fase, b.school_name, b.network, b.zone, b.site_fase, b.fondamental, b.secondaire
    from bench_site b where b.network in ('SUBVENTIONNE_COMMUNAL', 'SUBVENTIONNE_PROVINCIAL')
    union all
    select 'CPEONS', b.school_fase, b.school_name, b.network, b.zone, b.site_fase, b.fondamental, b.secondaire
    from bench_site b where b.network in ('SUBVENTIONNE_COMMUNAL', 'SUBVENTIONNE_PROVINCIAL', 'COCOF')
    union all
    select 'SEGEC', b.school_fase, b.school_name, b.network, b.zone, b.site_fase, b.fondamental, b.secondaire
    from bench_site b where b.network = 'LIBRE_CONFESSIONNEL'
    union all
    select 'FELSI', b.school_fase, b.school_name, b.network, b.zone, b.site_fase, b.fondamental, b.secondaire
    from bench_site b where b.network = 'LIBRE_NON_CONFESSIONNEL'
    union all
    select 'COMM', b.school_fase, b.school_name, b.network, b.zone, b.site_fase, b.fondamental, b.secondaire
    from bench_site b where b.network = 'SUBVENTIONNE_COMMUNAL'
) p;

create index bench_pool_site_n on bench_pool_site (pool, n);
create table bench_pool as select pool, count(*) as size from bench_pool_site group by pool;

-- Step 1: the bucket (operator), the age and the draws of each request.
create table bench_a as
select x as id,
       case when mod(mod(x * 7919 + 17, 1000003), 1000) < 150 then 'ecole-numerique-rw'
            when mod(mod(x * 7919 + 17, 1000003), 1000) < 320 then 'maintenance-rw'
            when mod(mod(x * 7919 + 17, 1000003), 1000) < 400 then 'cirb'
            when mod(mod(x * 7919 + 17, 1000003), 1000) < 480 then 'wbe'
            when mod(mod(x * 7919 + 17, 1000003), 1000) < 570 then 'cecp'
            when mod(mod(x * 7919 + 17, 1000003), 1000) < 610 then 'cpeons'
            when mod(mod(x * 7919 + 17, 1000003), 1000) < 720 then 'segec'
            when mod(mod(x * 7919 + 17, 1000003), 1000) < 740 then 'felsi'
            when mod(mod(x * 7919 + 17, 1000003), 1000) < 830 then 'ifc'
            when mod(mod(x * 7919 + 17, 1000003), 1000) < 920 then 'etnic'
            when mod(mod(x * 7919 + 17, 1000003), 1000) < 970 then 'sgne'
            else 'tri' end as bucket,
       mod(mod(x * 104729 + 31, 1000003), 1000) as r_need,
       mod(x * 15485863 + 7, 1000003) as r_school,
       mod(mod(x * 32452843 + 101, 1000003), 1000) as r_status,
       mod(x * 49979687 + 3, 1000003) as r_misc,
       -- minutes since filing: the year spread evenly over the ids (the last id now), plus up to 19 minutes
       (@N@ - x) * 525600 / @N@ + mod(x * 86028121, 20) as age
from bench_n;

-- Step 2: the implantation (from the operator's pool), the need, the status.
create table bench_b as
select a.id as id, a.bucket as bucket, a.r_misc as r_misc, a.age as age,
       ps.school_fase as school_fase, ps.school_name as school_name, ps.network as network, ps.zone as zone,
       ps.site_fase as site_fase, ps.fondamental as fondamental, ps.secondaire as secondaire,
       case a.bucket
            when 'ecole-numerique-rw' then case when a.r_need < 650 then 'CONNECTIVITE' else 'CHOIX_EQUIPEMENT' end
            when 'maintenance-rw' then case when a.r_need < 700 then 'MAINTENANCE' else 'INSTALLATION' end
            when 'cirb' then 'CONNECTIVITE'
            when 'ifc' then 'FORMATION'
            when 'etnic' then 'APPLICATIONS_ADMINISTRATIVES'
            when 'sgne' then case when a.r_need < 500 then 'RESSOURCES' when a.r_need < 800 then 'PROTECTION_DONNEES'
                                  else 'AUTRE' end
            when 'tri' then 'USAGE_PEDAGOGIQUE'
            else case when a.r_need < 350 then 'USAGE_PEDAGOGIQUE' when a.r_need < 500 then 'FORMATION'
                      when a.r_need < 650 then 'ECOSYSTEME_NUMERIQUE' when a.r_need < 780 then 'CHOIX_EQUIPEMENT'
                      when a.r_need < 880 then 'STRATEGIE_NUMERIQUE' else 'PROTECTION_DONNEES' end
       end as need,
       case when a.age < 1440 then case when a.r_status < 800 then 'NEW' else 'TAKEN' end
            when a.age < 7 * 1440 then
                 case when a.r_status < 150 then 'NEW' when a.r_status < 600 then 'TAKEN'
                      when a.r_status < 750 then 'WAITING_FOR_REQUESTER' when a.r_status < 950 then 'RESOLVED'
                      else 'WITHDRAWN' end
            when a.age < 30 * 1440 then
                 case when a.r_status < 100 then 'TAKEN' when a.r_status < 150 then 'WAITING_FOR_REQUESTER'
                      when a.r_status < 170 then 'REOPENED'
                      when a.r_status < 200 and a.age < 10 * 1440 then 'RESOLVED'
                      when a.r_status < 970 then 'CLOSED' else 'WITHDRAWN' end
            else case when a.r_status < 10 then 'TAKEN' when a.r_status < 50 then 'WITHDRAWN' else 'CLOSED' end
       end as status
from bench_a a
join bench_pool bp on bp.pool = case a.bucket when 'ecole-numerique-rw' then 'WAL' when 'maintenance-rw' then 'WAL'
                                              when 'cirb' then 'BXL' when 'wbe' then 'WBE' when 'cecp' then 'CECP'
                                              when 'cpeons' then 'CPEONS' when 'segec' then 'SEGEC'
                                              when 'felsi' then 'FELSI' when 'tri' then 'COMM' else 'ALL' end
join bench_pool_site ps on ps.pool = bp.pool and ps.n = 1 + mod(a.r_school, bp.size);

-- Step 3: the operator holding it, the routing, and the times (minutes after filing) of each step.
create table bench_c as
select b.id as id, b.school_fase as school_fase, b.school_name as school_name, b.network as network,
       b.zone as zone, b.site_fase as site_fase, b.fondamental as fondamental, b.secondaire as secondaire,
       b.need as need, b.status as status, b.age as age, b.r_misc as r_misc,
       case when b.bucket <> 'tri' then b.bucket
            when b.status = 'NEW' then null
            when mod(b.id, 2) = 0 then 'cecp' else 'cpeons' end as operator_slug,
       case when b.bucket <> 'tri' then 'AUTOMATIC' when b.status = 'NEW' then 'TRIAGE' else 'ASSIGNED' end as routing,
       -- taken in charge: 30 minutes to 15 hours after filing (never after now)
       case when b.status in ('NEW', 'WITHDRAWN') then null
            else least(30 + mod(b.r_misc, 870), b.age / 2) end as taken_off,
       -- resolved: within 14 days of the taking in charge, before now
       case when b.status in ('RESOLVED', 'CLOSED')
            then least(30 + mod(b.r_misc, 870), b.age / 2)
                 + least(60 + mod(b.r_misc * 13, 20160), (b.age - least(30 + mod(b.r_misc, 870), b.age / 2)) / 2)
            else null end as resolved_off,
       case when b.status = 'WITHDRAWN' then least(b.age / 2, 2880) else null end as withdrawn_off
from bench_b b;

create table bench_d as
select c.*,
       case when c.status = 'CLOSED' then c.resolved_off + least(10 + mod(c.r_misc * 17, 14400), (c.age - c.resolved_off) / 2)
            when c.status = 'WITHDRAWN' then c.withdrawn_off else null end as closed_off,
       case when c.status = 'WAITING_FOR_REQUESTER' then c.taken_off + (c.age - c.taken_off) / 2 else null end as paused_off,
       case when c.status = 'REOPENED' then c.age - c.age / 10 else null end as reopened_off
from bench_c c;

-- Step 4: absolute times and due dates.
create table bench_e as
select d.*,
       n.now - (d.age * interval '1' minute) as created_at,
       n.now - ((d.age - d.taken_off) * interval '1' minute) as taken_at,
       n.now - ((d.age - d.resolved_off) * interval '1' minute) as resolved_at,
       n.now - ((d.age - d.closed_off) * interval '1' minute) as closed_at,
       n.now - ((d.age - d.paused_off) * interval '1' minute) as paused_since,
       n.now - ((d.age - d.reopened_off) * interval '1' minute) as reopened_at,
       -- the due date that counts now: to triage (1 day), to take in charge (2 days), to resolve (14 days)
       case when d.status = 'NEW' and d.operator_slug is null then n.now - ((d.age - 1440) * interval '1' minute)
            when d.status = 'NEW' then n.now - ((d.age - 2880) * interval '1' minute)
            when d.status = 'REOPENED' then n.now - ((d.age - d.reopened_off - 2880) * interval '1' minute)
            when d.status = 'TAKEN' then n.now - ((d.age - 20160) * interval '1' minute)
            else null end as due_at,
       n.now as now
from bench_d d cross join bench_now n;

insert into support_request (id, reference, site_fase, school_fase, school_name, network, zone, need, title,
        description, urgency, preferred_contact, contact_phone, requester_id, requester_name, requester_email, status,
        operator_slug, assignee_id, assignee_name, proposed_operator, routing, routing_reason, created_at, updated_at,
        due_at, paused_since, paused_minutes, resolved_at, closed_at, reopen_until, satisfaction, satisfaction_comment,
        escalated_at, near_due_notified_at, version)
select e.id, 'D-' || lpad(cast(e.id as varchar), 6, '0'), e.site_fase, e.school_fase, e.school_name, e.network,
       e.zone, e.need,
       case e.need
            when 'CONNECTIVITE' then 'Connexion internet coupée dans les classes du bâtiment B'
            when 'CHOIX_EQUIPEMENT' then 'Choix de tablettes pour les classes de 5e et 6e'
            when 'MAINTENANCE' then 'Ordinateurs de la salle informatique qui ne démarrent plus'
            when 'INSTALLATION' then 'Installation de tableaux interactifs au premier étage'
            when 'USAGE_PEDAGOGIQUE' then 'Utiliser des capsules vidéo en classe inversée'
            when 'FORMATION' then 'Formation de l''équipe aux outils collaboratifs'
            when 'ECOSYSTEME_NUMERIQUE' then 'Mise en place d''un environnement numérique de travail'
            when 'STRATEGIE_NUMERIQUE' then 'Plan de pilotage : volet numérique'
            when 'PROTECTION_DONNEES' then 'Registre des traitements et consentements des parents'
            when 'APPLICATIONS_ADMINISTRATIVES' then 'Accès refusé à l''application de gestion des élèves'
            when 'RESSOURCES' then 'Ressources pour l''éducation aux médias'
            else 'Question sur le soutien au numérique' end || ' (' || cast(e.school_fase as varchar) || ')',
       'Bonjour, nous rencontrons ce problème depuis plusieurs jours. Il concerne plusieurs classes et '
           || 'empêche les élèves de travailler normalement. Nous avons déjà essayé de redémarrer le matériel et '
           || 'de vérifier les câbles, sans succès. Pouvez-vous nous aider ou nous dire qui contacter ? '
           || 'Demande n° ' || cast(e.id as varchar) || ' générée pour le banc d''essai.',
       case when mod(e.r_misc, 10) = 0 then 'HAUTE' when mod(e.r_misc, 10) < 3 then 'BASSE' else 'NORMALE' end,
       case when mod(e.r_misc, 7) = 0 then 'TELEPHONE' else 'COURRIEL' end,
       case when mod(e.r_misc, 7) = 0 then '081 22 33 44' else null end,
       1000000 + mod(e.r_misc, 20000),
       'Demandeur ' || cast(mod(e.r_misc, 20000) as varchar),
       'demandeur' || cast(mod(e.r_misc, 20000) as varchar) || '@ecole.example',
       e.status, e.operator_slug,
       case when e.taken_off is not null then 2000000 + mod(e.r_misc, 200) else null end,
       case when e.taken_off is not null then 'Agent ' || cast(mod(e.r_misc, 200) as varchar) else null end,
       null,
       e.routing,
       case e.routing
            when 'TRIAGE' then 'Plusieurs opérateurs déclarent ce besoin pour cet établissement : le Service général '
                               || 'du Numérique éducatif choisit lequel traite la demande.'
            when 'ASSIGNED' then 'Attribuée par le SGNE.'
            else 'Seul opérateur de la cartographie qui déclare ce besoin pour cet établissement.' end,
       e.created_at,
       case when e.status = 'REOPENED' then e.reopened_at
            else coalesce(e.closed_at, e.resolved_at, e.paused_since, e.taken_at, e.created_at) end,
       e.due_at,
       e.paused_since,
       0,
       case when e.status in ('RESOLVED', 'CLOSED') then e.resolved_at else null end,
       e.closed_at,
       case when e.status in ('RESOLVED', 'CLOSED') then e.resolved_at + interval '10' day else null end,
       case when e.status = 'CLOSED' and mod(e.r_misc, 5) < 2 then 3 + mod(e.r_misc, 3) else null end,
       null,
       case when e.due_at < e.now then e.due_at else null end,
       case when e.due_at >= e.now and e.due_at < e.now + interval '12' hour then e.now - interval '1' hour
            else null end,
       0
from bench_e e;

insert into support_request_level (request_id, level)
select e.id, 'FONDAMENTAL' from bench_e e where e.fondamental = 1
union all
select e.id, 'SECONDAIRE' from bench_e e where e.secondaire = 1;

insert into support_assignment (request_id, operator_slug, started_at, ended_at, taken_at, resolved_at,
        take_charge_minutes, resolve_minutes, declared, opens_at, closes_at, take_charge_due_at, resolve_due_at,
        paused_minutes, paused_since, taken_in_time, resolved_in_time, take_charge_used_minutes, resolve_used_minutes,
        reason)
select e.id, e.operator_slug, e.created_at, e.closed_at, e.taken_at,
       case when e.status in ('RESOLVED', 'CLOSED') then e.resolved_at else null end,
       960, 4800, false, time '08:30:00', time '16:30:00',
       e.created_at + interval '2' day, e.created_at + interval '14' day,
       0, e.paused_since,
       case when e.taken_off is null then null else e.taken_off <= 2880 end,
       case when e.status in ('RESOLVED', 'CLOSED') then e.resolved_off <= 20160 else null end,
       -- working minutes, roughly: 8 working hours out of 24
       case when e.taken_off is null then null else e.taken_off / 3 end,
       case when e.status in ('RESOLVED', 'CLOSED') then e.resolved_off / 3 else null end,
       case e.routing when 'ASSIGNED' then 'Attribuée par le SGNE.'
            else 'Seul opérateur de la cartographie qui déclare ce besoin pour cet établissement.' end
from bench_e e
where e.operator_slug is not null;

insert into support_entry (request_id, at, kind, internal, author_id, author_name, operator_slug, body, from_status,
        to_status)
select e.id, e.created_at, 'FILED', false, 1000000 + mod(e.r_misc, 20000),
       'Demandeur ' || cast(mod(e.r_misc, 20000) as varchar), null, null, null, 'NEW'
from bench_e e
union all
select e.id, e.created_at, case e.routing when 'AUTOMATIC' then 'ROUTED' else 'TRIAGE' end, false, null, 'numedu',
       case e.routing when 'AUTOMATIC' then e.operator_slug else null end,
       case e.routing when 'AUTOMATIC' then 'Seul opérateur de la cartographie qui déclare ce besoin pour cet établissement.'
            else 'Plusieurs opérateurs déclarent ce besoin : le SGNE oriente la demande.' end,
       null, null
from bench_e e
union all
select e.id, e.created_at + interval '3' hour, 'ASSIGNED', false, null, 'Administrateur·rice SGNE', e.operator_slug,
       'Attribuée par le SGNE.', null, 'NEW'
from bench_e e where e.routing = 'ASSIGNED'
union all
select e.id, e.taken_at, 'TAKEN', false, 2000000 + mod(e.r_misc, 200),
       'Agent ' || cast(mod(e.r_misc, 200) as varchar), e.operator_slug, null, 'NEW', 'TAKEN'
from bench_e e where e.taken_at is not null
union all
select e.id, e.paused_since, 'QUESTION', false, 2000000 + mod(e.r_misc, 200),
       'Agent ' || cast(mod(e.r_misc, 200) as varchar), e.operator_slug,
       'Pouvez-vous préciser le modèle du matériel concerné ?', 'TAKEN', 'WAITING_FOR_REQUESTER'
from bench_e e where e.paused_since is not null
union all
select e.id, e.resolved_at, 'RESOLVED', false, 2000000 + mod(e.r_misc, 200),
       'Agent ' || cast(mod(e.r_misc, 200) as varchar), e.operator_slug,
       'Le problème est résolu : la configuration a été corrigée.', 'TAKEN', 'RESOLVED'
from bench_e e where e.status in ('RESOLVED', 'CLOSED')
union all
select e.id, e.closed_at, case e.status when 'WITHDRAWN' then 'WITHDRAWN' else 'CLOSED' end, false, null,
       case e.status when 'WITHDRAWN' then 'Demandeur ' || cast(mod(e.r_misc, 20000) as varchar) else 'numedu' end,
       e.operator_slug, null,
       case e.status when 'WITHDRAWN' then 'NEW' else 'RESOLVED' end, e.status
from bench_e e where e.status in ('CLOSED', 'WITHDRAWN')
union all
select e.id, e.reopened_at, 'REOPENED', false, 1000000 + mod(e.r_misc, 20000),
       'Demandeur ' || cast(mod(e.r_misc, 20000) as varchar), e.operator_slug,
       'Le problème est revenu.', 'RESOLVED', 'REOPENED'
from bench_e e where e.status = 'REOPENED';

-- The application's next ids follow the seeded ones (the sequence hands out blocks of 50).
alter sequence support_request_seq restart with @NEXT@;

drop table bench_e;
drop table bench_d;
drop table bench_c;
drop table bench_b;
drop table bench_a;
drop table bench_pool;
drop table bench_pool_site;
drop table bench_site;
drop table bench_now;
drop table bench_n;
