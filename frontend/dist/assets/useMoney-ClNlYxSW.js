import{u as r,j as t,aH as u,aI as c}from"./index-DgAbx62S.js";function l(){const{i18n:a}=r(),{organization:n}=t(),o=u(a.language);return(s,e=n.baseCurrency)=>c(s,e,o)}export{l as u};
