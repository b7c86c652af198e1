import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  ToolboxComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Only the parts the dashboards use, to keep the bundle small.
echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  ScatterChart,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  ToolboxComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

/**
 * <pantau-chart>: a thin wrapper around Apache ECharts. The server sets `option` (ECharts option
 * JSON) and `locale` (BCP 47, for number labels); the element resizes with its box and reports a
 * click on a data point or anywhere over an x position as a `chart-click` event whose detail holds
 * the category name (or the rounded x value of a value axis) under the pointer.
 */
class PantauChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private observer?: ResizeObserver;
  private optionJson = '';
  private numberLocale = 'id-ID';
  private counts = false;

  set option(json: string) {
    this.optionJson = json ?? '';
    this.render();
  }

  get option(): string {
    return this.optionJson;
  }

  set locale(locale: string) {
    this.numberLocale = locale || 'id-ID';
    this.render();
  }

  get locale(): string {
    return this.numberLocale;
  }

  /** Pixel offset (from the element's left edge) of an x-axis value; for tests and tooling. */
  pixelForX(value: number | string): number {
    return this.chart ? (this.chart.convertToPixel({ xAxisIndex: 0 }, value as any) as number) : NaN;
  }

  /** Pixel position of a data coordinate of the first series ([x, y], category indices allowed). */
  pixelOf(x: number | string, y: number | string): number[] {
    return this.chart ? (this.chart.convertToPixel({ seriesIndex: 0 }, [x, y] as any) as unknown as number[]) : [NaN, NaN];
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this.chart = echarts.init(this, undefined, { renderer: 'canvas' });
    this.chart.on('finished', () => this.setAttribute('data-rendered', 'true'));
    this.chart.getZr().on('click', (event: any) => this.clickOnGrid([event.offsetX, event.offsetY]));
    this.observer = new ResizeObserver(() => this.chart?.resize());
    this.observer.observe(this);
    this.render();
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  private render() {
    if (!this.chart || !this.optionJson) {
      return;
    }
    this.removeAttribute('data-rendered');
    const option = JSON.parse(this.optionJson);
    this.localize(option);
    this.chart.setOption(option, true);
  }

  /** Number labels in the page's locale (2,51 rather than 2.51); year axes stay plain. */
  private localize(option: any) {
    const format = (value: any) =>
      typeof value === 'number'
        ? value.toLocaleString(this.numberLocale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
        : value;
    const plain = (value: any) => String(value);
    const count = (value: any) =>
      typeof value === 'number' ? value.toLocaleString(this.numberLocale, { maximumFractionDigits: 0 }) : value;
    const axes = [].concat(option.yAxis ?? [], option.xAxis ?? []) as any[];
    for (const axis of axes) {
      axis.axisLabel = axis.axisLabel ?? {};
      if (axis.type === 'value' && !axis.axisLabel.formatter) {
        axis.axisLabel.formatter = axis.yearAxis ? plain : axis.countAxis ? count : format;
      }
    }
    // a chart whose values are counts (instansi per class) shows them as whole numbers everywhere
    this.counts = axes.some((axis) => axis.countAxis);
    if (option.tooltip) {
      option.tooltip.valueFormatter = option.tooltip.valueFormatter ?? (this.counts ? count : format);
    }
    const dataView = option.toolbox?.feature?.dataView;
    if (dataView && !dataView.optionToContent) {
      dataView.optionToContent = (merged: any) => this.dataTable(merged, dataView);
    }
    for (const series of [].concat(option.series ?? []) as any[]) {
      if (series.label?.show && !series.label.formatter) {
        series.label.formatter = (p: any) => {
          const v = Array.isArray(p.value) ? p.value[p.value.length - 1] : p.value;
          return v === null || v === undefined ? '' : format(v);
        };
      }
    }
  }

  /** A number as the page's locale writes it, with two or three decimals ("2,62", "0,055"); years plain. */
  private cell(value: any): string {
    if (value === null || value === undefined || value === '-') {
      return '';
    }
    if (typeof value !== 'number') {
      return String(value);
    }
    if (this.counts && Number.isInteger(value)) {
      return value.toLocaleString(this.numberLocale, { maximumFractionDigits: 0 });
    }
    return Number.isInteger(value) && value >= 1900 && value <= 2100
      ? String(value)
      : value.toLocaleString(this.numberLocale, { minimumFractionDigits: 2, maximumFractionDigits: 3 });
  }

  /** The chart's data as rows: one per category (or x value, or heatmap row), one column per series. */
  private tableOf(option: any): { header: string[]; rows: string[][] } {
    const xAxis = [].concat(option.xAxis ?? [])[0] as any;
    const yAxis = [].concat(option.yAxis ?? [])[0] as any;
    const series = ([].concat(option.series ?? []) as any[]).filter((s) => Array.isArray(s.data));
    const valueOf = (item: any) => (item !== null && typeof item === 'object' && !Array.isArray(item) ? item.value : item);
    const first = xAxis?.name || yAxis?.name || '';
    if (series.some((s) => s.type === 'heatmap') && xAxis?.data && yAxis?.data) {
      const xs = xAxis.data.map(valueOf);
      const rows = yAxis.data.map((y: any) => [String(valueOf(y)), ...xs.map(() => '')]);
      for (const s of series) {
        for (const item of s.data) {
          const v = valueOf(item);
          if (Array.isArray(v) && rows[v[1]]) {
            rows[v[1]][v[0] + 1] = this.cell(v[2]);
          }
        }
      }
      return { header: [first, ...xs.map(String)], rows };
    }
    const categoryAxis = xAxis?.type === 'category' ? xAxis : yAxis?.type === 'category' ? yAxis : undefined;
    const keys: string[] = [];
    const cells = new Map<string, Map<number, string>>();
    series.forEach((s, column) => {
      s.data.forEach((item: any, index: number) => {
        const v = valueOf(item);
        let key: string;
        let y: any;
        if (Array.isArray(v)) {
          key = this.cell(v[0]);
          y = v[v.length - 1];
        } else {
          key = categoryAxis?.data ? String(valueOf(categoryAxis.data[index])) : String(index + 1);
          y = v;
        }
        if (!cells.has(key)) {
          cells.set(key, new Map());
          keys.push(key);
        }
        cells.get(key)!.set(column, this.cell(y));
      });
    });
    return {
      header: [first, ...series.map((s) => s.name ?? '')],
      rows: keys.map((k) => [k, ...series.map((_, c) => cells.get(k)!.get(c) ?? '')]),
    };
  }

  /** The toolbox's data view: a table in the page's number format, with a CSV download of the same. */
  private dataTable(option: any, dataView: any): HTMLElement {
    const { header, rows } = this.tableOf(option);
    const box = document.createElement('div');
    box.className = 'chart-data';
    const download = document.createElement('button');
    download.type = 'button';
    download.className = 'chart-data-download';
    download.textContent = dataView.downloadLabel ?? 'CSV';
    download.addEventListener('click', () => this.downloadCsv(header, rows, dataView.fileName ?? 'grafik'));
    box.appendChild(download);
    const table = document.createElement('table');
    const head = table.createTHead().insertRow();
    for (const h of header) {
      const th = document.createElement('th');
      th.textContent = h;
      head.appendChild(th);
    }
    const body = table.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      row.forEach((value, i) => {
        const td = tr.insertCell();
        td.textContent = value;
        if (i > 0) {
          td.style.textAlign = 'right';
        }
      });
    }
    box.appendChild(table);
    return box;
  }

  /**
   * The table as CSV for a spreadsheet set to Indonesian: ";" between cells (the comma is the decimal
   * separator), UTF-8 with a byte order mark, text that a spreadsheet would run as a formula neutralised.
   */
  private downloadCsv(header: string[], rows: string[][], name: string) {
    const quote = (text: string) => {
      const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? "'" + text : text;
      return /[";\n]/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
    };
    const csv = [header, ...rows].map((r) => r.map(quote).join(';')).join('\r\n');
    const url = URL.createObjectURL(new Blob(['\ufeff' + csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name + '.csv';
    document.body.appendChild(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  }

  private clickOnGrid(point: number[]) {
    const chart = this.chart;
    if (!chart || !chart.containPixel('grid', point)) {
      return;
    }
    const option: any = chart.getOption();
    const xAxis = (option.xAxis ?? [])[0];
    if (!xAxis) {
      return;
    }
    const yAxis = (option.yAxis ?? [])[0];
    const x = this.categoryOrValue(xAxis, chart.convertFromPixel({ xAxisIndex: 0 }, point[0]));
    const y = yAxis ? this.categoryOrValue(yAxis, chart.convertFromPixel({ yAxisIndex: 0 }, point[1])) : '';
    this.report(x, y);
  }

  /** The category under a position of a category axis, or the rounded value of a value axis. */
  private categoryOrValue(axis: any, converted: any): string {
    const position = Array.isArray(converted) ? converted[0] : converted;
    if (axis.type === 'category') {
      const item = (axis.data ?? [])[Math.round(position)];
      return item === undefined ? '' : String(typeof item === 'object' ? item.value : item);
    }
    return axis.type === 'value' && Number.isFinite(position) ? String(Math.round(position)) : '';
  }

  private report(name: string, y = '') {
    if (name) {
      this.dispatchEvent(new CustomEvent('chart-click', { detail: { name, y } }));
    }
  }
}

customElements.define('pantau-chart', PantauChart);
