/*
 * Maps (issue 25): draws the points of [data-map] with Leaflet, over the organisation's tile server when it has one,
 * always with the outlines of its scopes; and lets a [data-locate] button fill a form's latitude and longitude from
 * the browser's position. Without JavaScript the page still lists everything and the form takes an address.
 */
(function () {
  'use strict';

  function link(point, base) {
    var a = document.createElement('a');
    a.href = new URL(point.url, new URL(base, window.location.href)).pathname;
    a.textContent = point.title;
    return a;
  }

  function draw(element) {
    if (typeof L === 'undefined' || element.hasAttribute('data-map-drawn')) {
      return;
    }
    element.setAttribute('data-map-drawn', '');
    var points = JSON.parse(element.getAttribute('data-points') || '[]');
    var base = element.getAttribute('data-base') || window.location.pathname;
    var map = L.map(element, {scrollWheelZoom: false, zoomSnap: 0.25});
    var tiles = element.getAttribute('data-tiles');
    if (tiles) {
      L.tileLayer(tiles, {attribution: element.getAttribute('data-attribution') || '', maxZoom: 19}).addTo(map);
    }
    L.Icon.Default.imagePath = '/assets/leaflet/images/';
    var bounds = L.latLngBounds([]);
    points.forEach(function (point) {
      L.marker([point.lat, point.lon], {title: point.title, alt: point.title}).bindPopup(link(point, base)).addTo(map);
      bounds.extend([point.lat, point.lon]);
    });
    function fit() {
      if (bounds.isValid()) {
        map.fitBounds(bounds.pad(0.15), {maxZoom: 16});
      } else {
        map.setView([46.6, 2.4], 5);
      }
    }
    fit();
    fetch(element.getAttribute('data-outlines'), {credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : {features: []}; })
      .then(function (outlines) {
        if (outlines.features && outlines.features.length) {
          var layer = L.geoJSON(outlines, {
            style: {color: '#0b5f7a', weight: 2, fillOpacity: 0.06},
            onEachFeature: function (feature, shape) { shape.bindTooltip(feature.properties.name); }
          }).addTo(map);
          layer.bringToBack();
          bounds.extend(layer.getBounds());
          fit();
        }
      })
      .catch(function () { /* the points alone */ });
  }

  function locate(button) {
    var form = button.closest('form');
    var status = form.querySelector('[data-locate-status]');
    if (!navigator.geolocation || !form || button.hasAttribute('data-locate-ready')) {
      return;
    }
    button.setAttribute('data-locate-ready', '');
    button.hidden = false;
    button.addEventListener('click', function () {
      status.textContent = button.getAttribute('data-text-locating');
      navigator.geolocation.getCurrentPosition(function (position) {
        form.querySelector('[name=latitude]').value = position.coords.latitude.toFixed(6);
        form.querySelector('[name=longitude]').value = position.coords.longitude.toFixed(6);
        status.textContent = button.getAttribute('data-text-located');
      }, function () {
        status.textContent = button.getAttribute('data-text-unavailable');
      }, {enableHighAccuracy: true, timeout: 10000});
    });
  }

  document.querySelectorAll('[data-map]').forEach(draw);
  document.querySelectorAll('[data-locate]').forEach(locate);
})();
