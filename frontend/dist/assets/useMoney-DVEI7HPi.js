import{u as r,d as t,aN as u,aO as c}from"./index-D0ZONyTM.js";function l(){const{i18n:a}=r(),{organization:n}=t(),o=u(a.language);return(s,e=n.baseCurrency)=>c(s,e,o)}export{l as u};
