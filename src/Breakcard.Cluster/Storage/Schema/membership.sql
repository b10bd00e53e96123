-- Breakcard cluster: silo membership for Orleans' ADO.NET clustering provider, written for this
-- project (ADR 0112). The provider reads its statements by key from OrleansQuery; the keys,
-- parameter names and result column names are the provider's contract, the tables and statements
-- are ours. Each change to a membership row bumps the deployment's version in the same statement,
-- and only if the caller's version is still current (the provider's optimistic concurrency).
-- Applied by the silo host on start; idempotent.

CREATE TABLE IF NOT EXISTS OrleansQuery (
    QueryKey  varchar(64) NOT NULL PRIMARY KEY,
    QueryText text        NOT NULL
);

CREATE TABLE IF NOT EXISTS breakcard_membership_version (
    deployment_id varchar(150) NOT NULL PRIMARY KEY,
    changed_at    timestamptz  NOT NULL DEFAULT now(),
    version       integer      NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS breakcard_membership (
    deployment_id varchar(150)  NOT NULL REFERENCES breakcard_membership_version (deployment_id),
    address       varchar(45)   NOT NULL,
    port          integer       NOT NULL,
    generation    integer       NOT NULL,
    silo_name     varchar(150)  NOT NULL,
    host_name     varchar(150)  NOT NULL,
    status        integer       NOT NULL,
    proxy_port    integer       NULL,
    suspect_times varchar(8000) NULL,
    start_time    timestamptz   NOT NULL,
    i_am_alive    timestamptz   NOT NULL,
    PRIMARY KEY (deployment_id, address, port, generation)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey', $q$
WITH added AS (
    INSERT INTO breakcard_membership_version (deployment_id) VALUES (@DeploymentId)
    ON CONFLICT (deployment_id) DO NOTHING
    RETURNING 1
)
SELECT count(*)::integer FROM added;
$q$),
('InsertMembershipKey', $q$
WITH current_version AS (
    SELECT deployment_id FROM breakcard_membership_version
    WHERE deployment_id = @DeploymentId AND version = @Version
    FOR UPDATE
), added AS (
    INSERT INTO breakcard_membership (deployment_id, address, port, generation, silo_name, host_name, status, proxy_port, start_time, i_am_alive)
    SELECT deployment_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime
    FROM current_version
    ON CONFLICT (deployment_id, address, port, generation) DO NOTHING
    RETURNING deployment_id
), bumped AS (
    UPDATE breakcard_membership_version SET version = version + 1, changed_at = now()
    WHERE deployment_id IN (SELECT deployment_id FROM added)
    RETURNING 1
)
SELECT count(*)::integer FROM bumped;
$q$),
('UpdateMembershipKey', $q$
WITH current_version AS (
    SELECT deployment_id FROM breakcard_membership_version
    WHERE deployment_id = @DeploymentId AND version = @Version
    FOR UPDATE
), changed AS (
    UPDATE breakcard_membership m
    SET status = @Status, suspect_times = @SuspectTimes, i_am_alive = @IAmAliveTime
    FROM current_version v
    WHERE m.deployment_id = v.deployment_id AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
    RETURNING m.deployment_id
), bumped AS (
    UPDATE breakcard_membership_version SET version = version + 1, changed_at = now()
    WHERE deployment_id IN (SELECT deployment_id FROM changed)
    RETURNING 1
)
SELECT count(*)::integer FROM bumped;
$q$),
('UpdateIAmAlivetimeKey', $q$
UPDATE breakcard_membership SET i_am_alive = @IAmAliveTime
WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation;
$q$),
('MembershipReadRowKey', $q$
SELECT v.deployment_id AS "DeploymentId", m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
       m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status", m.proxy_port AS "ProxyPort",
       m.suspect_times AS "SuspectTimes", m.start_time AS "StartTime", m.i_am_alive AS "IAmAliveTime", v.version AS "Version"
FROM breakcard_membership_version v
LEFT JOIN breakcard_membership m ON m.deployment_id = v.deployment_id
    AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
WHERE v.deployment_id = @DeploymentId;
$q$),
('MembershipReadAllKey', $q$
SELECT v.deployment_id AS "DeploymentId", m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
       m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status", m.proxy_port AS "ProxyPort",
       m.suspect_times AS "SuspectTimes", m.start_time AS "StartTime", m.i_am_alive AS "IAmAliveTime", v.version AS "Version"
FROM breakcard_membership_version v
LEFT JOIN breakcard_membership m ON m.deployment_id = v.deployment_id
WHERE v.deployment_id = @DeploymentId;
$q$),
('DeleteMembershipTableEntriesKey', $q$
DELETE FROM breakcard_membership WHERE deployment_id = @DeploymentId;
DELETE FROM breakcard_membership_version WHERE deployment_id = @DeploymentId;
$q$),
('GatewaysQueryKey', $q$
SELECT address AS "Address", proxy_port AS "ProxyPort", generation AS "Generation"
FROM breakcard_membership
WHERE deployment_id = @DeploymentId AND status = @Status AND proxy_port > 0;
$q$),
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM breakcard_membership
WHERE deployment_id = @DeploymentId AND i_am_alive < @IAmAliveTime AND status <> 3;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
