import { useEffect, useRef } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import JsBarcode from 'jsbarcode';
import QRCode from 'qrcode';
import { useI18n } from '../shell/i18n';
import { floor, type UnitView } from './floorApi';
import './floor.css';

/**
 * Print-ready labels of an order's handling units (100 × 150 mm): the unit's code as a Code 128
 * barcode (scanned at packing and loading) and the customer's tracking code as Code 128 and as a QR
 * code of the public tracking page. Codes are drawn in the browser (JsBarcode, qrcode).
 */
export default function LabelPage() {
  const { t } = useI18n();
  const { orderId = '' } = useParams();
  const order = useQuery({ queryKey: ['floor', 'order', orderId], queryFn: () => floor.order(orderId) });
  const units = useQuery({ queryKey: ['floor', 'units', orderId], queryFn: () => floor.units(orderId) });
  const shipment = useQuery({ queryKey: ['floor', 'shipment', orderId], queryFn: () => floor.shipment(orderId), retry: false });
  const tracking = shipment.data?.trackingCode ?? null;
  return (
    <section className="page floor floor-wide">
      <div className="row-actions no-print">
        <button type="button" className="primary" onClick={() => window.print()}>{t('floor.label.print')}</button>
      </div>
      <h1 className="no-print">{t('floor.label.title', { order: order.data?.orderNumber ?? '' })}</h1>
      {shipment.isError && <p className="notice no-print">{t('floor.label.noTracking')}</p>}
      <div className="label-sheet">
        {units.data?.map((u, i) => (
          <Label key={u.id} unit={u} index={i + 1} count={units.data.length} tracking={tracking}
            customer={order.data?.customerName ?? ''} address={order.data?.address ?? ''} stop={order.data?.stopSequence ?? null} vehicle={order.data?.vehicleId ?? null} />
        ))}
      </div>
    </section>
  );
}

function Label({ unit, index, count, tracking, customer, address, stop, vehicle }: { unit: UnitView; index: number; count: number; tracking: string | null; customer: string; address: string; stop: number | null; vehicle: string | null }) {
  const { t } = useI18n();
  const unitCode = useRef<SVGSVGElement>(null);
  const trackingCode = useRef<SVGSVGElement>(null);
  const qr = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (unitCode.current) JsBarcode(unitCode.current, unit.label, { format: 'CODE128', height: 70, width: 2, displayValue: true, margin: 4 });
    if (tracking && trackingCode.current) JsBarcode(trackingCode.current, tracking, { format: 'CODE128', height: 40, width: 1.6, displayValue: true, margin: 4 });
    if (tracking && qr.current) void QRCode.toCanvas(qr.current, `${window.location.origin}/t/${tracking}`, { width: 150, margin: 1 });
  }, [unit.label, tracking]);
  return (
    <article className="label" aria-label={t('floor.label.unit', { label: unit.label })}>
      <h2>{customer}</h2>
      <p>{address}</p>
      <p className="label-code">{unit.label}</p>
      <p>{t('floor.label.meta', { index, count, kind: unit.kind, temperature: unit.temperatureClass, kg: (unit.weightGrams / 1000).toFixed(1) })}</p>
      {vehicle && <p>{t('floor.label.route', { vehicle, stop: stop ?? '-' })}</p>}
      <svg ref={unitCode} role="img" aria-label={t('floor.label.barcode', { code: unit.label })} />
      {tracking && (
        <div className="label-row">
          <canvas ref={qr} role="img" aria-label={t('floor.label.qr', { code: tracking })} />
          <div>
            <p>{t('floor.label.tracking')}</p>
            <svg ref={trackingCode} role="img" aria-label={t('floor.label.barcode', { code: tracking })} />
          </div>
        </div>
      )}
      <ul>{Object.entries(unit.contents).map(([sku, n]) => <li key={sku}>{n} × {sku}</li>)}</ul>
    </article>
  );
}
