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
    for (const axis of [].concat(option.yAxis ?? [], option.xAxis ?? []) as any[]) {
      axis.axisLabel = axis.axisLabel ?? {};
      if (axis.type === 'value' && !axis.axisLabel.formatter) {
        axis.axisLabel.formatter = axis.yearAxis ? plain : format;
      }
    }
    if (option.tooltip) {
      option.tooltip.valueFormatter = option.tooltip.valueFormatter ?? format;
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
