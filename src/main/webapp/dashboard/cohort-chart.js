/*
 * <ncii-cohort-chart>: one breakdown of cohort statistics as horizontal bars, drawn by Chart.js
 * (loaded before this script from its WebJar). Its `figures` property is
 * {title, bars: [{label, low, high, withheld}]}.
 *
 * A count is drawn as what the data proves: a solid bar from 0 to its low bound ("certain"), and,
 * when the true count is only known to lie between low and high, a light floating bar from low to
 * high ("range") on top of it. A withheld figure gets no bar and "(withheld)" in its label, so it
 * never reads as 0. The chart object is kept as `this.chart` (the browser tests read its geometry).
 */
(function () {
  const SOLID = '#1f5fa8';
  const RANGE = 'rgba(31, 95, 168, 0.22)';
  const BAR_HEIGHT = 22;

  class NciiCohortChart extends HTMLElement {
    constructor() {
      super();
      this._figures = null;
      this.chart = null;
    }

    set figures(value) {
      this._figures = value;
      this._draw();
    }

    get figures() {
      return this._figures;
    }

    connectedCallback() {
      if (!this._frame) {
        this.setAttribute('role', 'img');
        this.style.display = 'block';
        this._frame = document.createElement('div');
        this._frame.style.position = 'relative';
        this._frame.style.width = '100%';
        this._canvas = document.createElement('canvas');
        this._canvas.setAttribute('aria-hidden', 'true');
        this._frame.appendChild(this._canvas);
        this.appendChild(this._frame);
      }
      this._draw();
    }

    disconnectedCallback() {
      if (this.chart) {
        this.chart.destroy();
        this.chart = null;
      }
    }

    _draw() {
      if (!this._frame || !this._figures || !this.isConnected) {
        return;
      }
      if (!window.Chart) {
        // Chart.js is still loading: draw once it is there
        setTimeout(() => this._draw(), 50);
        return;
      }
      const bars = this._figures.bars || [];
      this._frame.style.height = Math.max(120, 70 + bars.length * BAR_HEIGHT) + 'px';
      const labels = bars.map(b => b.withheld ? b.label + ' (withheld)' : b.label);
      const certain = bars.map(b => b.withheld ? null : b.low);
      const range = bars.map(b => !b.withheld && b.high > b.low ? [b.low, b.high] : null);
      const data = {
        labels: labels,
        datasets: [
          {label: 'Certain', data: certain, backgroundColor: SOLID, grouped: false, order: 2},
          {label: 'Range: the true count lies between the two ends', data: range, backgroundColor: RANGE,
            borderColor: SOLID, borderWidth: 1, borderSkipped: false, grouped: false, order: 1}
        ]
      };
      if (this.chart) {
        this.chart.data = data;
        this.chart.update('none');
        return;
      }
      this.chart = new window.Chart(this._canvas, {
        type: 'bar',
        data: data,
        options: {
          indexAxis: 'y',
          animation: false,
          maintainAspectRatio: false,
          responsive: true,
          scales: {
            x: {beginAtZero: true, ticks: {precision: 0}, title: {display: true, text: 'Reports'}},
            y: {ticks: {autoSkip: false}}
          },
          plugins: {
            legend: {position: 'top', align: 'start', labels: {boxWidth: 14, sort: (a, b) => a.datasetIndex - b.datasetIndex}},
            tooltip: {
              // one line per bar: the range's where there is one, else the certain count
              filter: item => item.datasetIndex === (item.chart.data.datasets[1].data[item.dataIndex] ? 1 : 0),
              callbacks: {
                label: item => {
                  const bar = this._figures.bars[item.dataIndex];
                  if (bar.withheld) {
                    return 'withheld';
                  }
                  return bar.high > bar.low ? 'between ' + bar.low + ' and ' + bar.high : String(bar.low);
                }
              }
            }
          }
        }
      });
    }
  }

  if (!customElements.get('ncii-cohort-chart')) {
    customElements.define('ncii-cohort-chart', NciiCohortChart);
  }
})();
