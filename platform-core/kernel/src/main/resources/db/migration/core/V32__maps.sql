-- Maps (issue 25): proposals, projects and meetings with a place show on a map. The tile server is the
-- organisation's choice (none by default: no request leaves for a third party until an admin names one,
-- with its attribution); without tiles, points are drawn over the outlines of the organisation's scopes.
alter table organisations
    add column map_tiles text check (map_tiles is null or (length(map_tiles) <= 300
        and map_tiles ~ '^https://[A-Za-z0-9.{}-]+(:[0-9]{1,5})?/[^\s"<>]*$'
        and map_tiles like '%{z}%' and map_tiles like '%{x}%' and map_tiles like '%{y}%')),
    add column map_attribution text check (map_attribution is null or length(map_attribution) <= 300);
grant update (map_tiles, map_attribution) on organisations to ${appRole};

-- A scope's outline: a GeoJSON Polygon or MultiPolygon (longitude, latitude), as its admins draw or import it.
alter table scopes add column outline jsonb
    check (outline is null or (outline ->> 'type' in ('Polygon', 'MultiPolygon') and pg_column_size(outline) <= 500000));
