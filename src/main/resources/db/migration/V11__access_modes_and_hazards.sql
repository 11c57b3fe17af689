-- schema.org's accessMode and accessibilityHazard of a resource, as its other code sets: |CODE|CODE|
alter table resource add column access_modes varchar(100);
alter table resource add column accessibility_hazards varchar(100);
